using EcsGitOps.Aws.Ecr;

namespace EcsGitOps.Delivery.Scanning;

/// <summary>Maps ECR basic scan findings onto the findings model; ECR names package and version in attributes.</summary>
internal static class EcrFindings
{
    public static Finding ToFinding(ImageScanFinding finding) => new(
        finding.Name ?? "unknown",
        Attribute(finding, "package_name") ?? "unknown",
        Attribute(finding, "package_version") ?? "",
        FixedVersion: null,
        SeverityText.FromScanner(finding.Severity),
        finding.Description,
        Target: null);

    /// <summary>The count ECR reports for every severity, which a gate must not see fewer findings than.</summary>
    public static int Total(ImageScanFindings? findings) => findings?.FindingSeverityCounts?.Values.Sum() ?? 0;

    private static string? Attribute(ImageScanFinding finding, string key) =>
        finding.Attributes?.FirstOrDefault(attribute => attribute.Key == key)?.Value is { Length: > 0 } value ? value : null;
}
