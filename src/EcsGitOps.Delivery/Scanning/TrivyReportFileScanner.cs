namespace EcsGitOps.Delivery.Scanning;

/// <summary>Reads a Trivy JSON report another step already wrote (for example a CI action running Trivy).</summary>
public sealed class TrivyReportFileScanner(string reportPath) : IImageScanner
{
    public string Name => "trivy";

    public Task<bool> IsAvailableAsync(CancellationToken cancellationToken) => Task.FromResult(File.Exists(reportPath));

    public async Task<ScanReport> ScanAsync(ScanTarget target, CancellationToken cancellationToken) =>
        File.Exists(reportPath)
            ? TrivyReport.Parse(await File.ReadAllTextAsync(reportPath, cancellationToken), target.Reference)
            : throw new ImageScanException($"Trivy report not found: {Path.GetFullPath(reportPath)}: run `trivy image --format json --output {reportPath} {target.Reference}` first.");
}
