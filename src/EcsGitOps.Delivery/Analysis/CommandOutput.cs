namespace EcsGitOps.Delivery.Analysis;

/// <summary>Forwards a command's output lines to the log and remembers the last one to explain a failure.</summary>
internal sealed class CommandOutput(string check, Action<string> log)
{
    private const int MaxDetail = 160;
    private readonly Lock _gate = new();
    private string? _lastLine;

    public string LastLineSuffix
    {
        get
        {
            lock (_gate)
                return _lastLine is null ? "" : $": {Shorten(_lastLine)}";
        }
    }

    public void Add(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
            return;
        // stdout and stderr arrive on different threads; the log sees one line at a time.
        lock (_gate)
        {
            _lastLine = line.Trim();
            log($"[{check}] {line}");
        }
    }

    private static string Shorten(string line) => line.Length <= MaxDetail ? line : $"{line[..MaxDetail]}...";
}
