namespace EcsGitOps.Delivery.Stacks;

/// <param name="Type">CREATE for a new stack, UPDATE for an existing one.</param>
public sealed record ChangeSetSummary(string Name, string Type, IReadOnlyList<ChangeSetRow> Rows);
