using System.Text;

namespace EcsGitOps.Delivery.Traffic.State;

/// <summary>
/// Records rollouts as JSON files in a directory (the local cloud's rollouts/). A run holds an exclusive lock on the service's
/// lock file while it lives; the operating system releases it when the process ends, however it ends.
/// </summary>
public sealed class FileRolloutStateStore(string directory) : IRolloutStateStore
{
    public async Task<IRolloutLease> OpenAsync(string service, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = FileName(service);
        var statePath = Path.Combine(directory, $"{name}.json");
        var lockPath = Path.Combine(directory, $"{name}.lock");
        FileStream held;
        try
        {
            held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw RolloutInProgressException.Running(service, await FileRolloutLease.ReadAsync(statePath, cancellationToken)
                .ConfigureAwait(false));
        }
        try
        {
            var recorded = await FileRolloutLease.ReadAsync(statePath, cancellationToken).ConfigureAwait(false);
            return new FileRolloutLease(held, statePath, recorded);
        }
        catch
        {
            await held.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // The lock conflict is EWOULDBLOCK on Linux (11) and macOS (35), a sharing or lock violation on Windows;
    // any other I/O error is a real failure and is not reported as someone else's rollout.
    private static bool IsHeldElsewhere(IOException e) =>
        e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    /// <summary>"cluster/service" becomes "cluster_service"; names that needed changing get a suffix so they stay apart.</summary>
    internal static string FileName(string service)
    {
        var safe = new StringBuilder(service.Length);
        foreach (var c in service)
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_');
        var name = safe.ToString();
        return name == service ? name : $"{name}-{Fnv(service):x8}";
    }

    // A stable hash: string.GetHashCode changes from one process to the next.
    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
