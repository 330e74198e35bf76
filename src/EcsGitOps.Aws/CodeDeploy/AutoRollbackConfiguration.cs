namespace EcsGitOps.Aws.CodeDeploy;

public sealed record AutoRollbackConfiguration
{
    public bool? Enabled { get; init; }

    public IReadOnlyList<string>? Events { get; init; }
}
