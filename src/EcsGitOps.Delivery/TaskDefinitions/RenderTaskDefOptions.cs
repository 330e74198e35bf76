namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>Where RenderTaskDef reads its templates and writes taskdef.json and appspec.yaml.</summary>
public sealed record RenderTaskDefOptions(
    string TaskDefinitionTemplate = "templates/taskdef.json",
    string AppSpecTemplate = "templates/appspec.yaml",
    string ArtifactsDirectory = "artifacts")
{
    /// Variables set on the container named <see cref="AppContainer"/> over the template's (--app-env).
    public IReadOnlyDictionary<string, string> AppEnvironment { get; init; } = new Dictionary<string, string>();

    public string AppContainer { get; init; } = "app";
}
