namespace EcsGitOps.Aws.CloudFormation;

public sealed record Change
{
    public string? Type { get; init; }

    public int? HookInvocationCount { get; init; }

    public ResourceChange? ResourceChange { get; init; }
}
