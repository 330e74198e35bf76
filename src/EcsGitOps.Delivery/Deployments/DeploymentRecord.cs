using System.Text.Json;
using System.Text.Json.Serialization;
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

    public static async Task<DeploymentRecord> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, DeploymentJsonContext.Default.DeploymentRecord,
                        cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidDataException($"Deployment record {path} is empty; run BlueGreenDeploy to write it again.");
            }
            catch (JsonException e)
            {
                throw new InvalidDataException(
                    $"Deployment record {path} is not readable ({e.Message}); run BlueGreenDeploy to write it again.", e);
            }
        }
    }

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
