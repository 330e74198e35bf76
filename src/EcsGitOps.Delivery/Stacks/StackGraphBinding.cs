namespace EcsGitOps.Delivery.Stacks;

/// <summary>A stack of the graph with its parameters filled: what a deployment creates or updates.</summary>
/// <param name="StackName">The CloudFormation stack name: <c>&lt;EnvironmentName&gt;-&lt;name&gt;</c>.</param>
/// <param name="Parameters">Only the parameters the manifest sets; CloudFormation applies the template's defaults.</param>
public sealed record StackGraphBinding(
    string Name,
    string StackName,
    string TemplatePath,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> Exports,
    IReadOnlyList<string> Imports)
{
    /// <summary>Parameters a deployment leaves at the value the stack already has; the given value applies on creation.</summary>
    public IReadOnlySet<string> KeepOnUpdate { get; init; } = new HashSet<string>();
}
