namespace EcsGitOps.Delivery.Analysis;

/// <summary>The verdict of one check at one step, with one line saying why.</summary>
public sealed record CheckResult
{
    public CheckResult(string check, bool passed, string detail)
    {
        Check = check;
        Passed = passed;
        Detail = OneLine(detail);
    }

    public string Check { get; }

    public bool Passed { get; }

    public string Detail { get; }

    /// <summary>The check found nothing to judge in its window; true whether that counted as a pass or a failure.</summary>
    public bool NoData { get; init; }

    public static CheckResult Pass(string check, string detail) => new(check, true, detail);

    public static CheckResult Fail(string check, string detail) => new(check, false, detail);

    public override string ToString() => $"{Check}: {(Passed ? "passed" : "FAILED")} ({Detail})";

    private static string OneLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length switch
        {
            0 => "no detail",
            1 => lines[0],
            _ => $"{lines[0]} (+{lines.Length - 1} more lines)",
        };
    }
}
