namespace EcsGitOps.Delivery.Scanning;

/// <summary>What one scanner found in one image, before ignores and the gate are applied.</summary>
public sealed record ScanReport(string Image, string Scanner, IReadOnlyList<Finding> Findings);
