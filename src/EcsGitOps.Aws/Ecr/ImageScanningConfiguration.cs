namespace EcsGitOps.Aws.Ecr;

public sealed record ImageScanningConfiguration
{
    public bool? ScanOnPush { get; init; }
}
