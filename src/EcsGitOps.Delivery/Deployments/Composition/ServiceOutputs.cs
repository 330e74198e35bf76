namespace EcsGitOps.Delivery.Deployments.Composition;

/// <summary>The stacks' outputs a deployment reads (artifacts/stack-outputs.json), each asked for by its name in infra/.</summary>
public sealed class ServiceOutputs(IReadOnlyDictionary<string, string> values)
{
    /// <exception cref="InvalidOperationException">The stacks did not produce it, with which target to run.</exception>
    public string Require(string name) => Find(name)
        ?? throw new InvalidOperationException(
            $"Stack output {name} not found in artifacts/stack-outputs.json: deploy the stack that exports it (DeployInfra).");

    public string? Find(string name) => values.TryGetValue(name, out var value) ? value : null;
}
