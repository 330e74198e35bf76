namespace EcsGitOps.Delivery.Stacks;

public sealed record FailedResource(DateTimeOffset Time, string LogicalId, string Type, string Status, string Reason);
