namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>How a template's text is read: quotes matter in JSON and YAML, not in plain text.</summary>
enum TemplateFormat
{
    Json,
    Yaml,
    Text,
}
