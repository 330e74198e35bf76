namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>Unified-diff lines (<c>---</c>, <c>+++</c>, <c>@@</c>, then ' ', '-' or '+' lines); none when equal.</summary>
public sealed record TaskDefinitionDiffResult(IReadOnlyList<string> Lines)
{
    public bool HasChanges => Lines.Count > 0;

    public override string ToString() => string.Join('\n', Lines);
}
