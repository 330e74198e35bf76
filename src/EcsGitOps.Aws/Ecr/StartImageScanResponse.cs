namespace EcsGitOps.Aws.Ecr;

public sealed record StartImageScanResponse
{
    public string? RegistryId { get; init; }

    public string? RepositoryName { get; init; }

    public ImageIdentifier? ImageId { get; init; }

    public ImageScanStatus? ImageScanStatus { get; init; }
}
