using EcsGitOps.Delivery.TaskDefinitions;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>
/// One stack of the graph. Parameters may hold <c>{{ name }}</c> placeholders, so names here are symbolic
/// (<c>{{ environmentName }}-VpcId</c>); <see cref="Bind"/> fills them for a deployment.
/// </summary>
/// <param name="Parameters">The manifest's values for the parameters this template declares.</param>
/// <param name="DependsOn">Stacks that must be deployed first: the exporters of its imports, and any listed.</param>
public sealed record StackGraphNode(
    string Name,
    string TemplatePath,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> Exports,
    IReadOnlyList<string> Imports,
    IReadOnlyList<string> DependsOn)
{
    public const string EnvironmentParameter = "EnvironmentName";

    public required StackGraphTemplate Template { get; init; }

    internal StackGraphManifest? Manifest { get; init; }

    /// <summary>Parameters a deployment leaves at the value the stack already has (infra/stacks.json's keepOnUpdate).</summary>
    public IReadOnlySet<string> KeepOnUpdate { get; init; } = new HashSet<string>();

    public StackGraphBinding Bind(IReadOnlyDictionary<string, string?> values)
    {
        var parameters = Parameters.ToDictionary(p => p.Key, p => Render(p.Key, p.Value, values), StringComparer.Ordinal);
        var stackName = StackNameFrom(parameters.GetValueOrDefault(EnvironmentParameter) ?? Template.DefaultOf(EnvironmentParameter));
        var lookup = Lookup(parameters, stackName);
        return new(Name, stackName, TemplatePath, parameters,
            [.. ExportExpressions(Template).Select(e => StackGraphNames.Resolve(e.Expression, lookup)!)],
            [.. StackGraphNames.Imports(Template.Root).Select(i => StackGraphNames.Resolve(i.Argument, lookup)!).Distinct()])
        {
            KeepOnUpdate = KeepOnUpdate,
        };
    }

    internal string StackNameFrom(string? environment) => environment is null ? Name : $"{environment}-{Name}";

    /// <summary>Values for !Sub and !Ref: parameters (or their defaults) and the pseudo parameters known before deploying.</summary>
    internal Func<string, string?> Lookup(IReadOnlyDictionary<string, string> parameters, string stackName) => name => name switch
    {
        "AWS::StackName" => stackName,
        _ when name.StartsWith("AWS::", StringComparison.Ordinal) => "${" + name + "}",
        _ when Template.Parameters.ContainsKey(name) => parameters.GetValueOrDefault(name) ?? Template.DefaultOf(name),
        _ => null,
    };

    internal static IEnumerable<(string Output, object? Expression)> ExportExpressions(StackGraphTemplate template) =>
        from output in template.Outputs
        let export = (output.Value as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault("Export") as IReadOnlyDictionary<string, object?>
        where export is not null
        select (output.Key, export.GetValueOrDefault("Name"));

    string Render(string parameter, string value, IReadOnlyDictionary<string, string?> values)
    {
        try
        {
            return PlaceholderTemplate.Parse(value, parameter, TemplateFormat.Text).Render(values);
        }
        catch (TemplateRenderException e)
        {
            var where = Manifest is null ? "stack manifest" : $"{Manifest.Shown}:{Manifest.LineOf(Name, parameter, value)}";
            throw new StackGraphException($"{where}: stack '{Name}', parameter {parameter}: {e.Problem}");
        }
    }
}
