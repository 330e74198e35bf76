namespace EcsGitOps.Delivery.Scanning;

/// <summary>ScanImage: runs the first available scanner, applies ignores and the severity gate, prints the findings.</summary>
/// <param name="scanners">In order of preference; the first available one scans.</param>
public sealed class ImageScan(IReadOnlyList<IImageScanner> scanners, Action<string> output, TimeProvider time)
{
    public async Task<ScanVerdict> RunAsync(ScanTarget target, ScanImageOptions options, CancellationToken cancellationToken)
    {
        var rules = options.IgnoreFile is { } path ? IgnoreFile.Load(path) : [];
        if (await FirstAvailableAsync(cancellationToken) is not { } scanner)
        {
            if (!options.AllowUnscanned)
                throw new ImageScanException($"No image scanner available for {target.Reference}: install Trivy (https://trivy.dev) or enable ECR scanning, or pass --allow-unscanned to go on without a scan.");
            var unscanned = ScanVerdict.Unscanned(target.Reference, options.FailOn);
            output($"warning: {unscanned.Summary}");
            return unscanned;
        }

        output($"Scanning {target.Reference} with {scanner.Name}");
        var report = await scanner.ScanAsync(target, cancellationToken);
        var verdict = ScanGate.Evaluate(report, rules, options.FailOn, time.GetUtcNow());
        foreach (var line in FindingsTable.Render(verdict))
            output(line);
        output(verdict.Summary);
        return verdict.Passed ? verdict : throw new ImageScanException(Blocked(verdict), verdict);
    }

    private async Task<IImageScanner?> FirstAvailableAsync(CancellationToken cancellationToken)
    {
        foreach (var scanner in scanners)
            if (await scanner.IsAvailableAsync(cancellationToken))
                return scanner;
        return null;
    }

    private static string Blocked(ScanVerdict verdict)
    {
        var named = verdict.Blocking.OrderByDescending(finding => finding.Severity).Take(3).Select(finding => $"{finding.VulnerabilityId} in {finding.Package}");
        var more = verdict.Blocking.Count > 3 ? $" and {verdict.Blocking.Count - 3} more" : "";
        var count = verdict.Blocking.Count == 1 ? "1 finding" : $"{verdict.Blocking.Count} findings";
        return $"Image {verdict.Image} has {count} at or above {SeverityText.Of(verdict.FailOn)} ({string.Join(", ", named)}{more}): "
            + $"update the affected packages, or accept them in {IgnoreFile.DefaultName} with a statement and expired_at.";
    }
}
