namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>
/// Compares the task definition the service runs with the rendered one, the way <c>ecspresso diff</c> does:
/// both sides lose what ECS fills in or reports (read-only members, defaults, empty lists), keys are sorted,
/// and what is left is shown as a unified diff.
/// </summary>
public static class TaskDefinitionDiff
{
    /// <summary>Members DescribeTaskDefinition reports that a registration cannot set.</summary>
    public static readonly IReadOnlySet<string> ReadOnlyMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities",
        "registeredAt", "registeredBy", "deregisteredAt",
    };

    /// <param name="runningJson">
    /// The running definition: a DescribeTaskDefinition response or its <c>taskDefinition</c> member;
    /// null when the service runs nothing yet, so everything shows as added.
    /// </param>
    public static TaskDefinitionDiffResult Compare(
        string? runningJson, string renderedJson, string runningLabel = "running", string renderedLabel = "rendered")
    {
        var running = runningJson is null ? [] : CanonicalTaskDefinition.Lines(runningJson);
        var rendered = CanonicalTaskDefinition.Lines(renderedJson);
        var hunks = UnifiedDiff.Hunks(running, rendered, context: 3);
        return hunks.Count == 0
            ? new([])
            : new([$"--- {runningLabel}", $"+++ {renderedLabel}", .. hunks]);
    }
}
