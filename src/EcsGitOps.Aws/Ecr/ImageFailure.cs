namespace EcsGitOps.Aws.Ecr;

public sealed record ImageFailure
{
    public ImageIdentifier? ImageId { get; init; }

    public string? FailureCode { get; init; }

    public string? FailureReason { get; init; }
}
