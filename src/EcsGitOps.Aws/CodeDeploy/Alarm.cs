namespace EcsGitOps.Aws.CodeDeploy;

public sealed record Alarm
{
    public string? Name { get; init; }
}
