using System.Text;
using EcsGitOps.Build;

/// Lets code that writes to a TextWriter (progress displays) write into the target's log, line by line.
sealed class LogWriter(BuildLog log) : TextWriter
{
    readonly StringBuilder line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (line)
        {
            if (value == '\n')
            {
                log.Information(line.ToString().TrimEnd('\r'));
                line.Clear();
            }
            else
            {
                line.Append(value);
            }
        }
    }
}
