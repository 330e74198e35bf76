namespace EcsGitOps.Aws.Ecs;

public sealed record UpdateServiceResponse
{
    public Service? Service { get; init; }
}
