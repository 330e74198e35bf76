namespace EcsGitOps.Delivery.Scanning;

/// <summary>The image to scan: a reference the local engine knows (Trivy), and its registry digest once pushed (ECR).</summary>
/// <param name="Reference">An image ID (<c>sha256:...</c>) or a reference; DockerBuild's ID, so no other build's image is scanned.</param>
/// <param name="Sbom">The app's CycloneDX SBOM: a scanner that reads SBOMs also checks the packages compiled into a
/// Native AOT executable, which it cannot see in the image.</param>
public sealed record ScanTarget(string Reference, string? Digest = null, string? Sbom = null);
