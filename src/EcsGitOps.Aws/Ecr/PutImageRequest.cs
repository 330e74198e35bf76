namespace EcsGitOps.Aws.Ecr;

public sealed record PutImageRequest
{
    public string? RegistryId { get; init; }

    public required string RepositoryName { get; init; }

    public required string ImageManifest { get; init; }

    public string? ImageManifestMediaType { get; init; }

    public string? ImageTag { get; init; }

    public string? ImageDigest { get; init; }
}
