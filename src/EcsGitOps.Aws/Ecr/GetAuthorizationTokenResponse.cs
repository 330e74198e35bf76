namespace EcsGitOps.Aws.Ecr;

public sealed record GetAuthorizationTokenResponse
{
    public IReadOnlyList<AuthorizationData>? AuthorizationData { get; init; }
}
