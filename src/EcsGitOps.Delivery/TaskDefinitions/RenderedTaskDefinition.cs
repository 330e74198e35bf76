namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>The rendered task definition and AppSpec, and the files they were written to.</summary>
public sealed record RenderedTaskDefinition(
    string TaskDefinitionJson,
    string AppSpecYaml,
    string TaskDefinitionPath,
    string AppSpecPath);
