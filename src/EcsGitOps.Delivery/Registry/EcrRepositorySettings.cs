namespace EcsGitOps.Delivery.Registry;

/// <summary>The ECR repository PushEcr pushes to, and how it is created when missing.</summary>
/// <param name="Name">The repository name inside the registry, such as <c>ecsgitops/sample-api</c>.</param>
/// <param name="KmsKey">Null encrypts with AES256; a KMS key id, alias or ARN encrypts with that key.</param>
/// <param name="RegistryId">The account owning the registry; null for the caller's own.</param>
public sealed record EcrRepositorySettings(
    string Name,
    bool ScanOnPush = true,
    bool ImmutableTags = true,
    string? KmsKey = null,
    string? RegistryId = null)
{
    public string TagMutability => ImmutableTags ? "IMMUTABLE" : "MUTABLE";

    public string EncryptionType => KmsKey is null ? "AES256" : "KMS";
}
