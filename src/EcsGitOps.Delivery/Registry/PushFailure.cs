using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Registry;

/// <summary>
/// Turns the engine's message for a failed push into one line saying what happened. The engine reports a registry
/// answer that is not the registry API's JSON (an HTML page, a proxy's "Method Not Allowed") as
/// <c>error parsing HTTP 405 response body: invalid character 'M' ...: "Method Not Allowed\n"</c>; that becomes the
/// status, the body's gist, and what to check.
/// </summary>
internal static partial class PushFailure
{
    /// <param name="message">The engine's message: its error response or the push stream's error, scrubbed here of credentials.</param>
    public static ImagePushException From(RegistryLogin login, string repository, string tag, string message)
    {
        var reason = Secrets.Scrub(message.ReplaceLineEndings(" ").Trim(), login.Credentials);
        var target = $"{login.Registry}/{repository}:{tag}";
        if (UnparsedResponse().Match(reason) is { Success: true } answer)
        {
            var status = int.Parse(answer.Groups["status"].Value, CultureInfo.InvariantCulture);
            var body = ResponseBody.Summary(Unquote(answer.Groups["body"].Value));
            var said = body.Length == 0 ? "an empty body" : $"\"{body}\"";
            if (status is 401 or 403)
                return Refused(login, target, $"HTTP {status} {ResponseBody.ReasonPhrase(status)} ({said})");
            return new ImagePushException(
                $"The registry at {login.Registry} answered HTTP {status} {ResponseBody.ReasonPhrase(status)} to the push of {repository}:{tag} ({said}, "
                + "not the registry API's JSON): is it a registry (v2 API) and does it accept pushes? Check the registry endpoint, or the proxy in front of it.");
        }
        return IsAuthFailure(reason)
            ? Refused(login, target, reason)
            : new ImagePushException($"Push of {target} failed: {reason}: check the registry and the engine log.");
    }

    public static ImagePushException Refused(RegistryLogin login, string target, string reason)
    {
        var what = login.Credentials is null ? "the push (no credentials given)" : $"the credentials of user {login.Credentials.Username}";
        var fix = login.Credentials is null ? "give the registry's credentials" : "check the registry credentials (for ECR: that they allow ecr:InitiateLayerUpload and ecr:PutImage)";
        return new ImagePushException($"Registry {login.Registry} refused {what} for {target}: {reason}: {fix}.");
    }

    private static bool IsAuthFailure(string message) =>
        new[] { "unauthorized", "authentication required", "no basic auth credentials", "denied", "403 Forbidden" }
            .Any(marker => message.Contains(marker, StringComparison.OrdinalIgnoreCase));

    /// <summary>The body as Go's %q wrote it, unescaped.</summary>
    private static string Unquote(string quoted) => Escape().Replace(quoted, match => match.Groups["code"].Value switch
    {
        "n" => "\n",
        "r" => "\r",
        "t" => "\t",
        ['x', .. var hex] => Encoding.Latin1.GetString([byte.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)]),
        ['u' or 'U', .. var hex] => char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
        var other => other,
    });

    // docker/distribution's UnexpectedHTTPResponseError: "error parsing HTTP %d response body: %s: %q".
    [GeneratedRegex("""error parsing HTTP (?<status>\d{3}) response body: .*?: "(?<body>(?:[^"\\]|\\.)*)"?""")]
    private static partial Regex UnparsedResponse();

    [GeneratedRegex("""\\(?<code>x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)""")]
    private static partial Regex Escape();
}
