namespace EcsGitOps.Aws.CodeDeploy;

public sealed record RollbackInfo
{
    public string? RollbackDeploymentId { get; init; }

    public string? RollbackTriggeringDeploymentId { get; init; }

    public string? RollbackMessage { get; init; }
}
