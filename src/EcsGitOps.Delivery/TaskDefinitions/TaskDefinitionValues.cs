using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>Gathers the values RenderTaskDef fills placeholders with (see templates/README.md).</summary>
public static class TaskDefinitionValues
{
    public static readonly IReadOnlyList<string> Colors = ["blue", "green"];

    /// <param name="stackOutputs">Outputs of the deployed stacks; output <c>TaskRoleArn</c> fills <c>{{ taskRoleArn }}</c>.</param>
    /// <param name="parameters">Build parameters; they win over stack outputs of the same name.</param>
    /// <param name="color">The colour being deployed; picks its virtual node from the mesh stack's outputs.</param>
    public static IReadOnlyDictionary<string, string?> Compose(
        ImageArtifact image,
        string color,
        IReadOnlyDictionary<string, string> stackOutputs,
        IReadOnlyDictionary<string, string?> parameters)
    {
        if (!Colors.Contains(color))
            throw new ArgumentException($"colour '{color}' is neither blue nor green", nameof(color));

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in stackOutputs)
            values[CamelCase(key)] = value;
        values["color"] = color;
        if (stackOutputs.TryGetValue(color == "blue" ? "BlueVirtualNodeName" : "GreenVirtualNodeName", out var node))
            values["virtualNodeName"] = node;
        foreach (var (key, value) in parameters)
            values[key] = value;
        if (!values.ContainsKey("accountId") && AccountOf(values.GetValueOrDefault("taskExecutionRoleArn")) is { } account)
            values["accountId"] = account;
        values[TaskDefinitionRenderer.ImagePlaceholder] = image.PinnedReference();
        return values;
    }

    static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    // arn:aws:iam::123456789012:role/name
    static string? AccountOf(string? arn) =>
        arn?.Split(':') is [_, _, _, _, { Length: 12 } account, ..] ? account : null;
}
