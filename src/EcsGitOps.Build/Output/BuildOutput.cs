namespace EcsGitOps.Build.Output;

/// <summary>The one place text leaves the engine: filtered by verbosity, redacted, and serialised between targets.</summary>
internal sealed class BuildOutput(TextWriter stdout, TextWriter stderr, Verbosity verbosity, Redactor redactor, bool gitHubActions, bool terminal)
{
    readonly Lock gate = new();

    public Verbosity Verbosity => verbosity;
    public bool GitHubActions => gitHubActions;
    public Redactor Redactor => redactor;

    public bool Shows(LogLevel level) => level switch
    {
        LogLevel.Error => true,
        LogLevel.Warning => verbosity >= Verbosity.Minimal,
        LogLevel.Information => verbosity >= Verbosity.Normal,
        _ => verbosity >= Verbosity.Verbose,
    };

    public static string Format(LogLevel level, string message) => level switch
    {
        LogLevel.Warning => $"warning: {message}",
        LogLevel.Error => $"error: {message}",
        _ => message,
    };

    public string? OpenTarget(string name) => verbosity < Verbosity.Minimal ? null
        : gitHubActions ? $"::group::{name}"
        : terminal ? $"═══ {name} ═══"
        : $"=== {name} ===";

    public string? CloseTarget() => gitHubActions && verbosity >= Verbosity.Minimal ? "::endgroup::" : null;

    public void Write(LogLevel level, string message)
    {
        if (Shows(level)) WriteLines([Format(level, message)]);
    }

    public void WriteLines(IEnumerable<string> lines)
    {
        lock (gate)
        {
            foreach (var line in lines) stdout.WriteLine(redactor.Redact(line));
            stdout.Flush();
        }
    }

    public void Fail(string message)
    {
        lock (gate) stderr.WriteLine(redactor.Redact(message));
    }
}
