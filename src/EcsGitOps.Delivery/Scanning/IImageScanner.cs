namespace EcsGitOps.Delivery.Scanning;

/// <summary>A source of vulnerability findings for an image: Trivy on this machine, or the registry's own scan (ECR).</summary>
public interface IImageScanner
{
    /// <summary>Short name shown in the summary ("trivy", "ecr").</summary>
    string Name { get; }

    /// <summary>False when the scanner cannot run here (tool not installed, registry scanning not enabled).</summary>
    Task<bool> IsAvailableAsync(CancellationToken cancellationToken);

    Task<ScanReport> ScanAsync(ScanTarget target, CancellationToken cancellationToken);
}
