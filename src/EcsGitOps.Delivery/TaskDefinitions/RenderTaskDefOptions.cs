namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>Where RenderTaskDef reads its templates and writes taskdef.json and appspec.yaml.</summary>
public sealed record RenderTaskDefOptions(
    string TaskDefinitionTemplate = "templates/taskdef.json",
    string AppSpecTemplate = "templates/appspec.yaml",
    string ArtifactsDirectory = "artifacts");
