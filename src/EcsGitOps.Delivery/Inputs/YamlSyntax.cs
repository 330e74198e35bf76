using System.Diagnostics.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace EcsGitOps.Delivery.Inputs;

/// <summary>
/// Loads YAML text; a syntax error comes back with its line and column, written <c>file:line:column: YAML syntax error: what</c>
/// for the caller to end with what to do. YamlDotNet 18 throws InvalidOperationException, without a position, on a <c>[</c> or <c>{</c> that is
/// never closed; the scanner here remembers where each one opened, so that error names its line too.
/// </summary>
internal static class YamlSyntax
{
    /// <summary>Where the text stops being YAML, and why.</summary>
    public sealed record Error(string Path, int Line, int Column, string Problem)
    {
        public override string ToString() => $"{ShownPath.Of(Path)}:{Line}:{Column}: YAML syntax error: {Problem}";
    }

    public static bool TryLoad(string text, string path, [NotNullWhen(true)] out YamlStream? stream, [NotNullWhen(false)] out Error? error)
    {
        var scanner = new FlowTrackingScanner(new Scanner(new StringReader(text)));
        var parser = new Parser(scanner);
        stream = new YamlStream();
        try
        {
            stream.Load(parser);
            error = null;
            return true;
        }
        catch (YamlException e)
        {
            error = At(path, e.Start, Sentence(e.Message));
        }
        catch (InvalidOperationException) when (scanner.OpenFlow is { } open)
        {
            error = At(path, open.Start, open is FlowSequenceStart
                ? "the '[' here is never closed (no ']' ends the list)"
                : "the '{' here is never closed (no '}' ends the mapping)");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // What YamlDotNet throws on a token it does not expect where it stands (an empty key, a stray indicator).
            error = At(path, parser.Current?.Start ?? scanner.CurrentPosition, $"the text here does not read as YAML ({Sentence(e.Message)})");
        }
        stream = null;
        return false;
    }

    static Error At(string path, Mark mark, string problem) => new(path, (int)Math.Max(mark.Line, 1), (int)Math.Max(mark.Column, 1), problem);

    static string Sentence(string message) => message.ReplaceLineEndings(" ").Trim().TrimEnd('.');

    /// <summary>Passes the scanner's tokens through and keeps the flow collections opened and not closed yet.</summary>
    sealed class FlowTrackingScanner(Scanner scanner) : IScanner
    {
        readonly Stack<Token> open = new();
        Token? seen;

        public Token? OpenFlow => open.TryPeek(out var token) ? token : null;

        public Mark CurrentPosition => scanner.CurrentPosition;

        public Token? Current => scanner.Current;

        public bool MoveNext() => Track(scanner.MoveNext());

        public bool MoveNextWithoutConsuming() => Track(scanner.MoveNextWithoutConsuming());

        public void ConsumeCurrent() => scanner.ConsumeCurrent();

        bool Track(bool moved)
        {
            if (scanner.Current is { } token && !ReferenceEquals(token, seen))
            {
                seen = token;
                if (token is FlowSequenceStart or FlowMappingStart)
                    open.Push(token);
                else if (token is FlowSequenceEnd or FlowMappingEnd)
                    open.TryPop(out _);
            }
            return moved;
        }
    }
}
