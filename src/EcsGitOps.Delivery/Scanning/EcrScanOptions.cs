namespace EcsGitOps.Delivery.Scanning;

/// <summary>Which ECR repository holds the pushed image, and how long to wait for its scan.</summary>
/// <param name="RegistryId">The account owning the registry; null for the caller's own.</param>
public sealed record EcrScanOptions(string Repository, string? RegistryId = null)
{
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>ECR basic scans usually finish within a minute or two; beyond this the gate fails rather than waits.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(15);
}
