namespace EcsGitOps.Aws.Ecr;

public sealed record ImageScanFindingsSummary
{
    public DateTimeOffset? ImageScanCompletedAt { get; init; }

    public DateTimeOffset? VulnerabilitySourceUpdatedAt { get; init; }

    public IReadOnlyDictionary<string, int>? FindingSeverityCounts { get; init; }
}
