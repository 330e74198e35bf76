using System.Text.Json;
using System.Text.Json.Serialization;
using EcsGitOps.Delivery.Inputs;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>artifacts/deployment.json: what was deployed, from what, every step, and how it ended.</summary>
public sealed record DeploymentRecord(
    string Service,
    string Strategy,
    string? DeploymentId,
    string ImageDigest,
    string TaskDefinitionArn,
    ColourShift? Colours,
    DeploymentOutcome Outcome,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    IReadOnlyList<DeploymentStep> Steps)
{
    /// <summary>Raised when a field changes meaning, so readers can tell old files from new ones.</summary>
    [JsonPropertyOrder(-1)]
    public int SchemaVersion { get; init; } = 1;

    [JsonIgnore]
    public TimeSpan Duration => FinishedAt - StartedAt;

    /// <exception cref="FileNotFoundException">No file: BlueGreenDeploy has not run.</exception>
    /// <exception cref="InvalidDataException">The file is empty, truncated or not a deployment record; the message says where.</exception>
    public static async Task<DeploymentRecord> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var record = await ArtifactFile.ReadJsonAsync(path, DeploymentJsonContext.Default.DeploymentRecord, WrittenBy, cancellationToken);
        // A file cut short or edited by hand can lack members the constructor takes; the reader leaves them null.
        return record is { Service: not null, Outcome.Reasons: not null, Steps: not null }
            ? record
            : throw new InvalidDataException($"{ShownPath.Of(path)} is not a whole deployment record (service, outcome or steps missing). "
                + $"Run {WrittenBy} again to write it.");
    }

    /// <summary>The target that writes the file.</summary>
    const string WrittenBy = "BlueGreenDeploy";

    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
            Directory.CreateDirectory(directory);
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
            await JsonSerializer.SerializeAsync(stream, this, DeploymentJsonContext.Default.DeploymentRecord, cancellationToken)
                .ConfigureAwait(false);
    }

    public string ToJson() => JsonSerializer.Serialize(this, DeploymentJsonContext.Default.DeploymentRecord);
}
