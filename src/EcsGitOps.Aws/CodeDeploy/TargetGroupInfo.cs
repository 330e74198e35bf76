namespace EcsGitOps.Aws.CodeDeploy;

public sealed record TargetGroupInfo
{
    public string? Name { get; init; }
}
