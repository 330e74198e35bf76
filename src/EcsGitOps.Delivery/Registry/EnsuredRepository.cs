namespace EcsGitOps.Delivery.Registry;

/// <summary>The repository as it is after PushEcr looked at it; Created when it did not exist before.</summary>
/// <param name="Uri">The repository URI, <c>registry-host/name</c>.</param>
public sealed record EnsuredRepository(
    string Name,
    string Uri,
    string? RegistryId,
    bool Created,
    string TagMutability,
    bool ScanOnPush,
    string EncryptionType);
