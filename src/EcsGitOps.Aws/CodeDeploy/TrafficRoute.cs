namespace EcsGitOps.Aws.CodeDeploy;

public sealed record TrafficRoute
{
    public IReadOnlyList<string>? ListenerArns { get; init; }
}
