namespace EcsGitOps.Delivery.Scanning;

/// <param name="FixedVersion">Null when no fixed version exists yet.</param>
/// <param name="Target">Where the scanner found the package (an OS, a .deps.json, a binary).</param>
public sealed record Finding(
    string VulnerabilityId,
    string Package,
    string InstalledVersion,
    string? FixedVersion,
    Severity Severity,
    string? Title = null,
    string? Target = null);
