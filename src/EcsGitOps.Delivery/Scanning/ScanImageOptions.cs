namespace EcsGitOps.Delivery.Scanning;

/// <param name="IgnoreFile">A .trivyignore.yaml-format file of accepted vulnerabilities; null for none.</param>
/// <param name="AllowUnscanned">Continue with a warning when no scanner is available, instead of failing.</param>
public sealed record ScanImageOptions(Severity FailOn = Severity.Critical, string? IgnoreFile = null, bool AllowUnscanned = false);
