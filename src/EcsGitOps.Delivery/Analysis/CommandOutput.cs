namespace EcsGitOps.Delivery.Analysis;

/// <summary>Forwards a command's output lines to the log and keeps the line most likely to explain a failure:
/// the last one on standard error, else the last one on standard output.</summary>
internal sealed class CommandOutput(string check, Action<string> log)
{
    private const int MaxDetail = 160;
    private readonly Lock _gate = new();
    private string? _lastOutput;
    private string? _lastError;

    public string LastLineSuffix
    {
        get
        {
            lock (_gate)
                return (_lastError ?? _lastOutput) is { } line ? $": {Shorten(line)}" : "";
        }
    }

    public void AddOutput(string? line) => Add(line, ref _lastOutput);

    public void AddError(string? line) => Add(line, ref _lastError);

    private void Add(string? line, ref string? last)
    {
        if (string.IsNullOrWhiteSpace(line))
            return;
        // The two streams arrive on different threads; the log sees one line at a time.
        lock (_gate)
        {
            last = line.Trim();
            log($"[{check}] {line}");
        }
    }

    private static string Shorten(string line) => line.Length <= MaxDetail ? line : $"{line[..MaxDetail]}...";
}
