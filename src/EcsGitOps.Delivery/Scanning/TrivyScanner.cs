using System.ComponentModel;
using System.Diagnostics;

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
        var reportPath = Path.Combine(Path.GetTempPath(), $"trivy-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, _, error) = await RunAsync(
                ["image", "--format", "json", "--scanners", "vuln", "--quiet", "--output", reportPath, target.Reference], cancellationToken);
            if (exitCode != 0)
                throw new ImageScanException($"trivy image {target.Reference} failed with exit code {exitCode}: {LastLine(error) ?? "no message"}");
            return TrivyReport.Parse(await File.ReadAllTextAsync(reportPath, cancellationToken), target.Reference);
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

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(new ProcessStartInfo(executable, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        using var cancel = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
        return (process.ExitCode, await output, await error);
    }

    private static string? LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
