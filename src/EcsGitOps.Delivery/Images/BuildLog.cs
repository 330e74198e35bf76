using System.Text;
using Docker.DotNet.Models;

namespace EcsGitOps.Delivery.Images;

/// <summary>Turns the engine's build messages into output lines and remembers the step that failed.</summary>
/// <remarks>Docker.DotNet calls Report on the reading thread, in order, so this needs no synchronisation.</remarks>
internal sealed class BuildLog(Action<string> output) : IProgress<JSONMessage>
{
    private readonly StringBuilder _partial = new();

    public string? Step { get; private set; }
    public string? Error { get; private set; }

    public void Report(JSONMessage value)
    {
        if (value.Stream is { Length: > 0 } text)
            Append(text);
        else if (value.Status is { Length: > 0 } status)
            Emit(status);
        var error = value.Error?.Message is { Length: > 0 } message ? message : value.ErrorMessage;
        if (!string.IsNullOrWhiteSpace(error))
        {
            Flush();
            Error = error.ReplaceLineEndings(" ").Trim();
            output(Error);
        }
    }

    public void Flush()
    {
        if (_partial.Length == 0) return;
        Emit(_partial.ToString());
        _partial.Clear();
    }

    private void Append(string text)
    {
        foreach (var ch in text)
        {
            if (ch == '\n') Flush();
            else if (ch != '\r') _partial.Append(ch);
        }
    }

    private void Emit(string line)
    {
        if (line.StartsWith("Step ", StringComparison.Ordinal)) Step = line.Trim();
        output(line);
    }
}
