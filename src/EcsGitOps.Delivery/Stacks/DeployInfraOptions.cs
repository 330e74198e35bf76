namespace EcsGitOps.Delivery.Stacks;

/// <param name="DryRun">Create and print change sets, then delete them without executing.</param>
/// <param name="Timeout">How long one stack may take, waits for earlier operations included.</param>
/// <param name="PollInterval">The pause between two looks at a change set, a stack or its events.</param>
public sealed record DeployInfraOptions(bool DryRun, TimeSpan Timeout, TimeSpan PollInterval)
{
    public static DeployInfraOptions Default { get; } = new(DryRun: false, TimeSpan.FromMinutes(60), TimeSpan.FromSeconds(5));

    public StackDeployMode Mode { get; init; } = StackDeployMode.ChangeSets;
}
