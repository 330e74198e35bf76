namespace EcsGitOps.Delivery.Scanning;

/// <summary>Severity names as scanners and users write them: UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL.</summary>
public static class SeverityText
{
    public static string Names => string.Join(", ", Enum.GetValues<Severity>().Select(Of));

    public static string Of(Severity severity) => severity.ToString().ToUpperInvariant();

    /// <summary>For findings: a severity a scanner invents (ECR's INFORMATIONAL, UNTRIAGED) counts as Unknown.</summary>
    public static Severity FromScanner(string? text) =>
        Enum.TryParse<Severity>(text, ignoreCase: true, out var severity) && Enum.IsDefined(severity) ? severity : Severity.Unknown;

    /// <summary>For the --fail-on-severity setting, where a typo must not quietly weaken the gate.</summary>
    public static Severity Parse(string text) =>
        Enum.TryParse<Severity>(text, ignoreCase: true, out var severity) && Enum.IsDefined(severity) && !int.TryParse(text, out _)
            ? severity
            : throw new ImageScanException($"Severity '{text}' is not one of {Names}: set --fail-on-severity to one of them.");
}
