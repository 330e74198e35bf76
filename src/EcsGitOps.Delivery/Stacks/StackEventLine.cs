namespace EcsGitOps.Delivery.Stacks;

/// <summary>One stack event as it arrives; <paramref name="Type"/> is the resource type, e.g. AWS::SQS::Queue.</summary>
public sealed record StackEventLine(DateTimeOffset Time, string LogicalId, string Type, string Status, string? Reason);
