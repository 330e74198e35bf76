namespace EcsGitOps.Aws.Ecr;

public sealed record PutImageScanningConfigurationResponse
{
    public string? RegistryId { get; init; }

    public string? RepositoryName { get; init; }

    public ImageScanningConfiguration? ImageScanningConfiguration { get; init; }
}
