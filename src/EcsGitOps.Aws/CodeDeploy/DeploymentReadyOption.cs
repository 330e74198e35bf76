namespace EcsGitOps.Aws.CodeDeploy;

public sealed record DeploymentReadyOption
{
    public string? ActionOnTimeout { get; init; }

    public int? WaitTimeInMinutes { get; init; }
}
