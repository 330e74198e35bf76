namespace EcsGitOps.Aws.Ecr;

public sealed record CreateRepositoryRequest
{
    public string? RegistryId { get; init; }

    public required string RepositoryName { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }

    public string? ImageTagMutability { get; init; }

    public ImageScanningConfiguration? ImageScanningConfiguration { get; init; }

    public EncryptionConfiguration? EncryptionConfiguration { get; init; }
}
