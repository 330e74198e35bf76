namespace EcsGitOps.Aws.Ecr;

public sealed record GetAuthorizationTokenRequest
{
    public IReadOnlyList<string>? RegistryIds { get; init; }
}
