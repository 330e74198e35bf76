namespace EcsGitOps.Aws.Ecr;

public sealed record Repository
{
    public string? RepositoryArn { get; init; }

    public string? RegistryId { get; init; }

    public string? RepositoryName { get; init; }

    public string? RepositoryUri { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? ImageTagMutability { get; init; }

    public ImageScanningConfiguration? ImageScanningConfiguration { get; init; }

    public EncryptionConfiguration? EncryptionConfiguration { get; init; }
}
