using EcsGitOps.Delivery.Inputs;

namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>A template could not be rendered; the message names the file, the line and the placeholder.</summary>
public sealed class TemplateRenderException(string templatePath, int line, string? placeholder, string problem)
    : Exception($"{ShownPath.Of(templatePath)}:{line}: {problem}")
{
    public string TemplatePath { get; } = templatePath;
    public int Line { get; } = line;
    public string? Placeholder { get; } = placeholder;

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; } = problem;
}
