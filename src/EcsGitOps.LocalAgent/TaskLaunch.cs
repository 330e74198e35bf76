using System.Globalization;
using System.Text.Json.Nodes;

namespace EcsGitOps.LocalAgent;

/// <summary>How to run a task definition's app container on the Docker engine, read from the definition's own JSON.</summary>
/// <param name="Image">The image in the local registry, pinned by digest as the task definition names it.</param>
/// <param name="HealthCheck">The container's health check (ECS's fields, seconds); null when it has none.</param>
/// <param name="TmpfsPaths">Mount points of task-scoped volumes: empty and writable, as Fargate's ephemeral storage is.</param>
/// <param name="LeftOut">What the agent does not run or pass, each with why, said once per task definition.</param>
public sealed record TaskLaunch(
    string Image,
    int ContainerPort,
    IReadOnlyList<KeyValuePair<string, string>> Environment,
    string? User,
    bool ReadonlyRootFilesystem,
    ContainerHealthCheck? HealthCheck,
    IReadOnlyList<string> TmpfsPaths,
    int StopTimeoutSeconds,
    IReadOnlyList<string> LeftOut)
{
    /// <exception cref="InvalidOperationException">The app container is missing, has no port, or its image is not in the local registry.</exception>
    public static TaskLaunch From(JsonObject taskDefinition, string appContainer, string registry)
    {
        var containers = taskDefinition["containerDefinitions"]?.AsArray().OfType<JsonObject>().ToList() ?? [];
        var app = containers.FirstOrDefault(c => (string?)c["name"] == appContainer)
            ?? throw new InvalidOperationException($"the task definition has no container named {appContainer}");
        var image = LocalImage((string?)app["image"] ?? "", registry)
            ?? throw new InvalidOperationException($"the image {(string?)app["image"]} of {appContainer} is not in the local registry {registry}: run PushEcr on the local profile");
        var port = app["portMappings"]?.AsArray().Select(p => (int?)p?["containerPort"]).FirstOrDefault(p => p is not null)
            ?? throw new InvalidOperationException($"{appContainer} maps no container port");

        var leftOut = new List<string>();
        var sidecars = containers.Where(c => c != app).Select(c => $"{(string?)c["name"]} ({(string?)c["image"]})").ToList();
        if (sidecars.Count > 0)
            leftOut.Add($"left out {string.Join(", ", sidecars)}: their images are not in the local registry");
        var secrets = app["secrets"]?.AsArray().Select(s => (string?)s?["name"]).OfType<string>().ToList() ?? [];
        if (secrets.Count > 0)
            leftOut.Add($"left out the secrets {string.Join(", ", secrets)}: the local agent does not read Secrets Manager or SSM");

        var volumes = taskDefinition["volumes"]?.AsArray().OfType<JsonObject>()
            .Where(v => v["host"]?["sourcePath"] is null && v["efsVolumeConfiguration"] is null)
            .Select(v => (string?)v["name"]).ToHashSet() ?? [];
        return new TaskLaunch(
            image,
            port,
            app["environment"]?.AsArray().OfType<JsonObject>()
                .Select(e => KeyValuePair.Create((string?)e["name"] ?? "", (string?)e["value"] ?? "")).ToList() ?? [],
            (string?)app["user"],
            (bool?)app["readonlyRootFilesystem"] ?? false,
            app["healthCheck"] is JsonObject check ? ContainerHealthCheck.From(check) : null,
            app["mountPoints"]?.AsArray().OfType<JsonObject>()
                .Where(m => volumes.Contains((string?)m["sourceVolume"])).Select(m => (string?)m["containerPath"]).OfType<string>().ToList() ?? [],
            (int?)app["stopTimeout"] ?? 30,
            leftOut);
    }

    /// <summary>The image as the local registry serves it: images PushEcr recorded under moto's ECR host are the same
    /// repository in the local registry. Null for an image from anywhere else.</summary>
    public static string? LocalImage(string image, string registry)
    {
        var slash = image.IndexOf('/');
        if (slash <= 0)
            return null;
        var host = image[..slash];
        return host == registry ? image
            : host.Contains(".dkr.ecr.", StringComparison.Ordinal) ? $"{registry}{image[slash..]}"
            : null;
    }
}

/// <summary>An ECS container health check: the command and its timings in seconds, as the task definition holds them.</summary>
public sealed record ContainerHealthCheck(IReadOnlyList<string> Command, int Interval, int Timeout, int Retries, int StartPeriod)
{
    public static ContainerHealthCheck From(JsonObject check) => new(
        check["command"]?.AsArray().Select(c => (string?)c ?? "").ToList() ?? [],
        (int?)check["interval"] ?? 30, (int?)check["timeout"] ?? 5, (int?)check["retries"] ?? 3, (int?)check["startPeriod"] ?? 0);

    /// <summary>The command with the container port replaced, for a task that listens on its own host port.</summary>
    public ContainerHealthCheck OnPort(int containerPort, int port) => this with
    {
        Command = Command.Select(part => part.Replace($":{containerPort.ToString(CultureInfo.InvariantCulture)}",
            $":{port.ToString(CultureInfo.InvariantCulture)}", StringComparison.Ordinal)).ToList(),
    };
}
