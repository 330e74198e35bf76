using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcsGitOps.Delivery.Deployments;

namespace EcsGitOps.Delivery.TaskDefinitions;

/// Environment variables the user adds to the app container with --app-env KEY=VALUE, over what the template sets:
/// how a version is shipped with FAILURE_RATE=1 to see the rollback happen.
public static partial class AppEnvironment
{
    /// <exception cref="InvalidOptionException">A pair without '=', or a name ECS would refuse.</exception>
    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> pairs)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var (name, value) = pair.IndexOf('=') is > 0 and var at ? (pair[..at], pair[(at + 1)..]) : ("", "");
            if (!Name().IsMatch(name))
                throw new InvalidOptionException("--app-env", pair, "expected NAME=VALUE with a name of letters, digits and _, e.g. FAILURE_RATE=0.5");
            environment[name] = value;
        }
        return environment;
    }

    /// The task definition with the variables set on its container named <paramref name="container"/>.
    public static JsonObject Apply(JsonObject taskDefinition, string container, IReadOnlyDictionary<string, string> environment)
    {
        var target = taskDefinition["containerDefinitions"]?.AsArray().OfType<JsonObject>()
            .FirstOrDefault(c => c["name"]?.GetValue<string>() == container)
            ?? throw new TemplateRenderException("templates/taskdef.json", 1, null, $"no container named {container} to take --app-env: check the template's containerDefinitions");
        var secrets = target["secrets"]?.AsArray().Select(s => s?["name"]?.GetValue<string>()).ToHashSet() ?? [];
        if (environment.Keys.FirstOrDefault(secrets.Contains) is { } secret)
            throw new InvalidOptionException("--app-env", secret, $"is a secret of container {container}; ECS refuses a name in both environment and secrets");

        var variables = target["environment"] as JsonArray ?? [];
        target["environment"] = variables;
        foreach (var (name, value) in environment)
        {
            if (variables.OfType<JsonObject>().FirstOrDefault(v => v["name"]?.GetValue<string>() == name) is { } existing)
                existing["value"] = value;
            else
                variables.Add(new JsonObject { ["name"] = name, ["value"] = value });
        }
        return taskDefinition;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Name();
}
