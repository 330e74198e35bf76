namespace EcsGitOps.Delivery.Scanning;

/// <summary>A ScanImage failure in one actionable line; Verdict is set when the findings gate tripped.</summary>
public sealed class ImageScanException(string message, ScanVerdict? verdict = null, Exception? inner = null) : Exception(message, inner)
{
    public ScanVerdict? Verdict { get; } = verdict;
}
