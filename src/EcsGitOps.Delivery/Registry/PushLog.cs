using System.Text.RegularExpressions;
using Docker.DotNet.Models;

namespace EcsGitOps.Delivery.Registry;

/// <summary>Turns the engine's push messages into output lines and picks out the pushed digest or the error.</summary>
/// <remarks>
/// The digest arrives twice: in a status line ("v1: digest: sha256:... size: 528") and in an aux message
/// ({"Tag","Digest","Size"}); either is enough. Per-layer progress bars are dropped: a line per layer state is kept.
/// </remarks>
internal sealed partial class PushLog(Action<string> output, RegistryCredentials? credentials) : IProgress<JSONMessage>
{
    public string? Digest { get; private set; }
    public string? Error { get; private set; }

    public void Report(JSONMessage value)
    {
        if (value.Status is { Length: > 0 } status && status != "Pushing")
        {
            if (DigestLine().Match(status) is { Success: true } match) Digest = match.Groups["digest"].Value;
            Emit(value.ID is { Length: > 0 } id ? $"{id}: {status}" : status);
        }
        if (AuxDigest(value) is { } digest) Digest = digest;
        var error = value.Error?.Message is { Length: > 0 } message ? message : value.ErrorMessage;
        if (!string.IsNullOrWhiteSpace(error))
        {
            Error = Secrets.Scrub(error.ReplaceLineEndings(" ").Trim(), credentials);
            output(Error);
        }
    }

    private void Emit(string line) => output(Secrets.Scrub(line, credentials));

    private static string? AuxDigest(JSONMessage value) =>
        value.Aux?.ExtensionData is { } aux && aux.TryGetValue("Digest", out var digest) && digest?.ToString() is { } text && DigestPattern().IsMatch(text)
            ? text
            : null;

    [GeneratedRegex(@"digest: (?<digest>sha256:[0-9a-f]{64})")]
    private static partial Regex DigestLine();

    [GeneratedRegex(@"^sha256:[0-9a-f]{64}$")]
    private static partial Regex DigestPattern();
}
