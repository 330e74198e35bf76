namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record ModifyListenerResponse
{
    public IReadOnlyList<Listener>? Listeners { get; init; }
}
