namespace EcsGitOps.Delivery.Scanning;

/// <summary>The image to scan: a reference the local engine knows (Trivy), and its registry digest once pushed (ECR).</summary>
public sealed record ScanTarget(string Reference, string? Digest = null);
