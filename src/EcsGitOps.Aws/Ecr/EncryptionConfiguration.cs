namespace EcsGitOps.Aws.Ecr;

public sealed record EncryptionConfiguration
{
    public string? EncryptionType { get; init; }

    public string? KmsKey { get; init; }
}
