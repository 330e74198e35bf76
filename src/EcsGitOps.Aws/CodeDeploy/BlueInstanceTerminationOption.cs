namespace EcsGitOps.Aws.CodeDeploy;

public sealed record BlueInstanceTerminationOption
{
    public string? Action { get; init; }

    public int? TerminationWaitTimeInMinutes { get; init; }
}
