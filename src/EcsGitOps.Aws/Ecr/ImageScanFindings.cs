namespace EcsGitOps.Aws.Ecr;

public sealed record ImageScanFindings
{
    public DateTimeOffset? ImageScanCompletedAt { get; init; }

    public DateTimeOffset? VulnerabilitySourceUpdatedAt { get; init; }

    public IReadOnlyDictionary<string, int>? FindingSeverityCounts { get; init; }

    public IReadOnlyList<ImageScanFinding>? Findings { get; init; }
}
