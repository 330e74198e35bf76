namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <param name="Definition">The resource's entry under Resources: Type, Properties, DependsOn, Condition.</param>
sealed record PlannedResource(string LogicalId, string Type, IReadOnlyDictionary<string, object?> Definition)
{
    public object? Properties => Definition.GetValueOrDefault("Properties");
}
