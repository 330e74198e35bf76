using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsGitOps.Delivery.LocalCloud.DataPlane;

/// <summary>What the local agent runs and routes right now, as its control endpoint answers GET /status.</summary>
/// <param name="Service">The service it serves; null until a build has told it which.</param>
/// <param name="Weights">The route's weights it splits requests by, as percentages; null until read once.</param>
/// <param name="Problem">Why it cannot serve (the route or the service cannot be read), or null.</param>
public sealed record DataPlaneStatus(
    DataPlaneService? Service,
    WeightsView? Weights,
    IReadOnlyList<TaskSetView> TaskSets,
    IReadOnlyList<TrafficView> Traffic,
    string? Problem)
{
    public TaskSetView? TaskSet(string taskSetArn) => TaskSets.FirstOrDefault(taskSet => taskSet.TaskSetArn == taskSetArn);
}

public sealed record WeightsView(int Blue, int Green);

/// <param name="Desired">Tasks the task set's scale asks for.</param>
/// <param name="Healthy">Containers whose health check passes: the ones the router sends requests to.</param>
/// <param name="Skipped">Containers of the task definition the agent does not run (their images are not in the local registry).</param>
public sealed record TaskSetView(
    string TaskSetArn,
    string? Colour,
    string TaskDefinition,
    int Desired,
    int Running,
    int Healthy,
    IReadOnlyList<string> Skipped,
    string? Problem);

/// <summary>Requests the router sent to a colour since the agent started.</summary>
public sealed record TrafficView(string Colour, long Requests, long Errors5xx);

[JsonSerializable(typeof(DataPlaneStatus))]
[JsonSerializable(typeof(DataPlaneService))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
public sealed partial class DataPlaneJsonContext : JsonSerializerContext;
