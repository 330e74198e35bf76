namespace EcsGitOps.Aws.CloudWatch;

public sealed record Dimension
{
    public string? Name { get; init; }

    public string? Value { get; init; }
}
