using System.ComponentModel;
using EcsGitOps.Delivery.Tools;

namespace EcsGitOps.Delivery.Scanning;

/// <summary>Scans an image in the local engine with the Trivy CLI when it is installed.</summary>
/// <param name="executable">"trivy" to find it on PATH, or a full path.</param>
public sealed class TrivyScanner(string executable = "trivy") : IImageScanner
{
    public string Name => "trivy";

    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        try
        {
            var (exitCode, _, _) = await RunAsync(["--version"], cancellationToken);
            return exitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    public async Task<ScanReport> ScanAsync(ScanTarget target, CancellationToken cancellationToken)
    {
        var image = await RunScanAsync("image", target.Reference, target.Reference, cancellationToken);
        if (target.Sbom is not { } sbom) return image;
        var packages = await RunScanAsync("sbom", sbom, target.Reference, cancellationToken);
        return image with { Findings = [.. image.Findings.Concat(packages.Findings).Distinct()] };
    }

    /// <param name="kind">"image" for the image's files, "sbom" for a CycloneDX file.</param>
    private async Task<ScanReport> RunScanAsync(string kind, string subject, string image, CancellationToken cancellationToken)
    {
        var reportPath = Path.Combine(Path.GetTempPath(), $"trivy-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, _, error) = await RunAsync(
                [kind, "--format", "json", "--scanners", "vuln", "--quiet", "--output", reportPath, subject], cancellationToken);
            if (exitCode != 0)
                throw new ImageScanException($"trivy {kind} {subject} failed with exit code {exitCode}: {ToolProcess.LastLine(error) ?? "no message"}");
            return TrivyReport.Parse(await File.ReadAllTextAsync(reportPath, cancellationToken), image);
        }
        catch (Win32Exception error)
        {
            throw new ImageScanException($"Trivy not found as '{executable}': install it (https://trivy.dev) or enable ECR scanning.", inner: error);
        }
        finally
        {
            File.Delete(reportPath);
        }
    }

    private Task<ToolResult> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        ToolProcess.RunAsync(executable, arguments, cancellationToken);
}
