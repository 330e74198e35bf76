namespace EcsGitOps.Aws.Ecr;

public sealed record ImageScanStatus
{
    public string? Status { get; init; }

    public string? Description { get; init; }
}
