namespace EcsGitOps.Delivery.Stacks;

/// <param name="Action">Add, Modify, Remove, Import or Dynamic.</param>
/// <param name="Replacement">True, False or Conditional for a Modify; empty when CloudFormation gives none.</param>
public sealed record ChangeSetRow(string Action, string LogicalId, string Type, string Replacement);
