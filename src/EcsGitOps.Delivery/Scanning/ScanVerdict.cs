namespace EcsGitOps.Delivery.Scanning;

/// <summary>A scan after ignores and the gate: what counts, what was accepted, what blocks the release.</summary>
/// <param name="Scanner">Null when no scanner ran and unscanned images were allowed.</param>
/// <param name="ExpiredRules">Ignore entries past their date; their findings count again.</param>
public sealed record ScanVerdict(
    string Image,
    string? Scanner,
    Severity FailOn,
    IReadOnlyList<Finding> Counted,
    IReadOnlyList<IgnoredFinding> Ignored,
    IReadOnlyList<IgnoreRule> ExpiredRules,
    IReadOnlyList<Finding> Blocking)
{
    public bool Scanned => Scanner is not null;
    public bool Passed => Blocking.Count == 0;

    public static ScanVerdict Unscanned(string image, Severity failOn) => new(image, null, failOn, [], [], [], []);

    /// <summary>One line for the build summary.</summary>
    public string Summary => !Scanned
        ? $"{Image} not scanned: no scanner available and unscanned images allowed"
        : $"{Scanner}: {Counts()}{(Ignored.Count > 0 ? $", {Ignored.Count} ignored" : "")}"
          + $"{(ExpiredRules.Count > 0 ? $", {ExpiredRules.Count} expired ignore{(ExpiredRules.Count == 1 ? "" : "s")}" : "")}"
          + $"; gate {SeverityText.Of(FailOn)}: {(Passed ? "passed" : $"failed ({Blocking.Count} at or above)")}";

    private string Counts() => Counted.Count == 0
        ? "no findings"
        : $"{Counted.Count} finding{(Counted.Count == 1 ? "" : "s")} (" + string.Join(", ", Counted
            .GroupBy(finding => finding.Severity).OrderByDescending(group => group.Key)
            .Select(group => $"{group.Count()} {SeverityText.Of(group.Key)}")) + ")";
}
