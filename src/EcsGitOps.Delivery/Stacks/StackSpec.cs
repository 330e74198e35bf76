namespace EcsGitOps.Delivery.Stacks;

/// <summary>One stack to deploy: its template and the values it is deployed with.</summary>
public sealed record StackSpec(
    string StackName,
    string TemplateBody,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> Capabilities,
    IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>Parameters that keep the value the stack already has; the given value applies only when it is created.</summary>
    public IReadOnlySet<string> KeepOnUpdate { get; init; } = new HashSet<string>();

    /// <summary>The export names its template declares; in Recreate mode, stacks importing them are created again with it.</summary>
    public IReadOnlyList<string> Exports { get; init; } = [];

    /// <summary>The export names its template imports (<c>Fn::ImportValue</c>).</summary>
    public IReadOnlyList<string> Imports { get; init; } = [];

    // Parameter values may be secrets (NoEcho): the generated ToString would print them, and the whole template.
    public override string ToString() =>
        $"StackSpec {{ StackName = {StackName}, Parameters = [{string.Join(", ", Parameters.Keys)}] }}";
}
