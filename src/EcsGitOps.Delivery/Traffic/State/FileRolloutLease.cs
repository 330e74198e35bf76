using System.Text.Json;

namespace EcsGitOps.Delivery.Traffic.State;

internal sealed class FileRolloutLease(FileStream held, string statePath, RolloutState? recorded) : IRolloutLease
{
    public RolloutState? Recorded { get; } = recorded;

    public static async Task<RolloutState?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            return null;
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, RolloutStateJsonContext.Default.RolloutState,
                    cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException(
                    $"Rollout state {path} is not readable ({e.Message}); if no rollout is running, delete it and rerun.", e);
            }
        }
    }

    public async Task SaveAsync(RolloutState state, CancellationToken cancellationToken)
    {
        // Written beside the record and moved over it, so a process killed mid-write leaves the old record intact.
        var temporary = $"{statePath}.{Environment.ProcessId}.tmp";
        var stream = File.Create(temporary);
        await using (stream.ConfigureAwait(false))
            await JsonSerializer.SerializeAsync(stream, state, RolloutStateJsonContext.Default.RolloutState, cancellationToken)
                .ConfigureAwait(false);
        File.Move(temporary, statePath, overwrite: true);
    }

    public ValueTask DisposeAsync() => held.DisposeAsync();
}
