namespace EcsGitOps.Aws.CloudWatch;

public sealed record MessageData
{
    public string? Code { get; init; }

    public string? Value { get; init; }
}
