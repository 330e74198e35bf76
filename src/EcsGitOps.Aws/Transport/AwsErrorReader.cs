using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace EcsGitOps.Aws.Transport;

/// <summary>
/// Turns an error response into an <see cref="AwsServiceException"/> by what the body is, not what Content-Type claims:
/// JSON (__type, x-amzn-ErrorType), query XML (Error/Code), or anything else such as an HTML 500 page.
/// </summary>
internal static partial class AwsErrorReader
{
    public static AwsServiceException Read(AwsServiceInfo service, string operation, AwsResponse response)
    {
        var (code, message, requestId) = Sniff(response.Body) switch
        {
            '{' => FromJson(response),
            '<' => FromXml(response),
            _ => default,
        };
        code = Clean(code ?? response.ErrorTypeHeader) ?? FallbackCode(response.Status);
        message ??= DescribeUnreadableBody(response);
        return new AwsServiceException(service.Name, operation, code, message, requestId ?? response.RequestId, response.Status);
    }

    public static AwsServiceException Malformed(AwsServiceInfo service, string operation, AwsResponse response, Exception reason) =>
        new(service.Name, operation, "MalformedResponse",
            $"the HTTP {response.Status} answer could not be read ({reason.Message}); it was {Excerpt(response)}.",
            response.RequestId, response.Status, reason);

    static char Sniff(byte[] body)
    {
        foreach (var b in body)
            if (!char.IsWhiteSpace((char)b))
                return (char)b;
        return '\0';
    }

    static (string?, string?, string?) FromJson(AwsResponse response)
    {
        try
        {
            using var document = JsonDocument.Parse(response.Body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return default;
            var root = document.RootElement;
            return (Text(root, "__type") ?? Text(root, "code") ?? Text(root, "Code"), Text(root, "message") ?? Text(root, "Message"), null);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    static (string?, string?, string?) FromXml(AwsResponse response)
    {
        try
        {
            var document = XDocument.Parse(Encoding.UTF8.GetString(response.Body));
            var error = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "Error");
            if (error is null)
                return default;
            return (Child(error, "Code"), Child(error, "Message"), Child(document.Root!, "RequestId") ?? Child(document.Root!, "RequestID"));
        }
        catch (XmlException)
        {
            return default;
        }
    }

    static string? Child(XElement element, string name) =>
        element.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    // "com.amazonaws.ecs#ClusterNotFoundException" and "NotFoundException:http://internal.amazon.com/..." carry the code in part.
    static string? Clean(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        var hash = code.LastIndexOf('#');
        var cleaned = hash >= 0 ? code[(hash + 1)..] : code;
        var colon = cleaned.IndexOf(':');
        return (colon >= 0 ? cleaned[..colon] : cleaned).Trim();
    }

    static string FallbackCode(int status) => status switch
    {
        429 => "TooManyRequestsException",
        500 => "InternalFailure",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => $"Http{status}",
    };

    static string DescribeUnreadableBody(AwsResponse response) =>
        $"HTTP {response.Status}, {Excerpt(response)}" +
        (response.Status is 404 or 500 or 501 ? "; the endpoint may not implement this operation." : ".");

    static string Excerpt(AwsResponse response)
    {
        var text = Encoding.UTF8.GetString(response.Body, 0, Math.Min(response.Body.Length, 2048));
        var plain = Whitespace().Replace(Tags().Replace(text, " "), " ").Trim();
        if (plain.Length > 200)
            plain = plain[..200] + "...";
        var kind = response.ContentType ?? "no Content-Type";
        return plain.Length == 0 ? $"an empty body ({kind})" : $"a {kind} body: \"{plain}\"";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
