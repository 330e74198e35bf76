namespace EcsGitOps.Aws.Sts;

public sealed record GetCallerIdentityResponse
{
    public string? UserId { get; init; }

    public string? Account { get; init; }

    public string? Arn { get; init; }
}
