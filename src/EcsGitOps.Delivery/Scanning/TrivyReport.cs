using System.Text.Json;

namespace EcsGitOps.Delivery.Scanning;

/// <summary>Reads `trivy image --format json` output (SchemaVersion 2): Results[].Vulnerabilities[].</summary>
public static class TrivyReport
{
    public const int SupportedSchemaVersion = 2;

    public static ScanReport Parse(string json, string image)
    {
        using var document = Read(json, image);
        var root = document.RootElement;
        var schema = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("SchemaVersion", out var version) && version.TryGetInt32(out var number) ? number : (int?)null;
        if (schema != SupportedSchemaVersion)
            throw new ImageScanException($"Trivy report for {image} has schema version {schema?.ToString() ?? "none"}, expected {SupportedSchemaVersion}: use Trivy 0.20 or later.");

        var findings = Array(root, "Results")
            .SelectMany(result => Array(result, "Vulnerabilities").Select(vulnerability => ToFinding(vulnerability, Text(result, "Target"))))
            .DistinctBy(finding => (finding.VulnerabilityId, finding.Package, finding.InstalledVersion))
            .ToList();
        return new ScanReport(image, "trivy", findings);
    }

    private static JsonDocument Read(string json, string image)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            throw new ImageScanException($"Trivy report for {image} is not valid JSON ({error.Message}): run trivy with --format json.", inner: error);
        }
    }

    private static Finding ToFinding(JsonElement vulnerability, string? target) => new(
        Text(vulnerability, "VulnerabilityID") ?? "unknown",
        Text(vulnerability, "PkgName") ?? "unknown",
        Text(vulnerability, "InstalledVersion") ?? "",
        Text(vulnerability, "FixedVersion") is { Length: > 0 } fixedVersion ? fixedVersion : null,
        SeverityText.FromScanner(Text(vulnerability, "Severity")),
        Text(vulnerability, "Title"),
        target);

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
