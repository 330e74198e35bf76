namespace EcsGitOps.Aws.Ecr;

public sealed record StartImageScanRequest
{
    public string? RegistryId { get; init; }

    public required string RepositoryName { get; init; }

    public required ImageIdentifier ImageId { get; init; }
}
