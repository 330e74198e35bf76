namespace EcsGitOps.Aws.AppMesh;

public sealed record OutlierDetection
{
    public Duration? BaseEjectionDuration { get; init; }

    public Duration? Interval { get; init; }

    public int? MaxEjectionPercent { get; init; }

    public long? MaxServerErrors { get; init; }
}
