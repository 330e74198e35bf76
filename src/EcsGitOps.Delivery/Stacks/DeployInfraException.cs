namespace EcsGitOps.Delivery.Stacks;

/// <summary>A wave had failing stacks, so later waves were not deployed; one line per failed stack.</summary>
public sealed class DeployInfraException(
    IReadOnlyList<StackDeployResult> completed, IReadOnlyList<StackDeployException> failures, IReadOnlyList<string> notDeployed)
    : Exception(Describe(failures, notDeployed))
{
    /// <summary>The stacks that did deploy, in this wave and the ones before it.</summary>
    public IReadOnlyList<StackDeployResult> Completed { get; } = completed;

    public IReadOnlyList<StackDeployException> Failures { get; } = failures;

    /// <summary>Stacks of later waves, skipped because they may depend on a failed one.</summary>
    public IReadOnlyList<string> NotDeployed { get; } = notDeployed;

    static string Describe(IReadOnlyList<StackDeployException> failures, IReadOnlyList<string> notDeployed) =>
        string.Join(Environment.NewLine, failures.Select(f => f.Message)) +
        (notDeployed.Count == 0 ? "" : $"{Environment.NewLine}Not deployed, as they come after a failed stack: {string.Join(", ", notDeployed)}.");
}
