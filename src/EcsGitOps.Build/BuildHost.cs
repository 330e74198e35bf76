using System.Collections;

namespace EcsGitOps.Build;

/// <summary>What a build sees of its process: output, environment, working directory, clock and cancellation.</summary>
public sealed record BuildHost(TextWriter Out, TextWriter Error, IReadOnlyDictionary<string, string> Environment, string WorkingDirectory, TimeProvider Time)
{
    /// <summary>Whether Out is an interactive terminal (headers then use box-drawing characters).</summary>
    public bool IsTerminal { get; init; }

    /// <summary>Cancels the running target; AssuredAfterFailure targets still run.</summary>
    public CancellationToken Cancellation { get; init; }

    public static BuildHost ForProcess(CancellationToken cancellation) =>
        new(Console.Out, Console.Error, ProcessEnvironment(), Directory.GetCurrentDirectory(), TimeProvider.System)
        {
            IsTerminal = !Console.IsOutputRedirected,
            Cancellation = cancellation,
        };

    static Dictionary<string, string> ProcessEnvironment() =>
        System.Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
}
