using EcsGitOps.Build.Execution;
using EcsGitOps.Build.Output;

namespace EcsGitOps.Build;

/// <summary>Target output: shown by --verbosity, buffered per target under --parallel, secrets redacted.</summary>
public sealed class BuildLog
{
    readonly BuildOutput output;
    readonly AsyncLocal<TargetRun?> current = new();

    internal BuildLog(BuildOutput output) => this.output = output;

    internal static BuildLog Silent() => new(new BuildOutput(TextWriter.Null, TextWriter.Null, Verbosity.Quiet, new Redactor(), false, false));

    internal TargetRun? Current
    {
        get => current.Value;
        set => current.Value = value;
    }

    public void Debug(string message) => Write(LogLevel.Debug, message);

    public void Information(string message) => Write(LogLevel.Information, message);

    public void Warning(string message) => Write(LogLevel.Warning, message);

    public void Error(string message) => Write(LogLevel.Error, message);

    internal void Report(string key, string value)
    {
        if (Current is { } run) run.Note($"{key}: {value}");
        else Information($"{key}: {value}");
    }

    void Write(LogLevel level, string message)
    {
        if (Current is { } run) run.Write(level, message);
        else output.Write(level, message);
    }
}
