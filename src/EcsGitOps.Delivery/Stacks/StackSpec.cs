namespace EcsGitOps.Delivery.Stacks;

/// <summary>One stack to deploy: its template and the values it is deployed with.</summary>
public sealed record StackSpec(
    string StackName,
    string TemplateBody,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> Capabilities,
    IReadOnlyDictionary<string, string> Tags)
{
    // Parameter values may be secrets (NoEcho): the generated ToString would print them, and the whole template.
    public override string ToString() =>
        $"StackSpec {{ StackName = {StackName}, Parameters = [{string.Join(", ", Parameters.Keys)}] }}";
}
