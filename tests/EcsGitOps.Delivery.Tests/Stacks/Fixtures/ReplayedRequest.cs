namespace EcsGitOps.Delivery.Tests.Stacks.Fixtures;

/// <summary>A query-protocol request as received: its Action and its form fields.</summary>
public sealed record ReplayedRequest(string Action, IReadOnlyDictionary<string, string> Fields)
{
    public string? this[string field] => Fields.GetValueOrDefault(field);
}
