namespace EcsGitOps.Aws.Sts;

public sealed record GetCallerIdentityRequest;
