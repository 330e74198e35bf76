using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EcsGitOps.Aws.Transport;

/// <summary>AWS REST-JSON: the operation is the method and path, URI members are escaped into the path, the rest is the body.</summary>
internal sealed class RestJsonProtocol(AwsRequestSender sender)
{
    static readonly MediaTypeHeaderValue Json = new("application/json");

    public AwsServiceInfo Service => sender.Service;

    public Task<TResponse> InvokeAsync<TBody, TResponse>(
        string operation, HttpMethod method, string pathAndQuery, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResponse> responseType,
        CancellationToken ct) =>
        SendAsync(operation, method, pathAndQuery, JsonSerializer.SerializeToUtf8Bytes(body, bodyType), responseType, ct);

    public async Task<TResponse> SendAsync<TResponse>(
        string operation, HttpMethod method, string pathAndQuery, byte[]? bytes, JsonTypeInfo<TResponse> responseType, CancellationToken ct)
    {
        var response = await sender.SendAsync(operation, endpoint =>
        {
            var message = new HttpRequestMessage(method, new Uri(endpoint, pathAndQuery.TrimStart('/')));
            if (bytes is not null)
            {
                message.Content = new ByteArrayContent(bytes);
                message.Content.Headers.ContentType = Json;
            }
            return message;
        }, ct);
        return AwsJson.Read(sender.Service, operation, response, responseType);
    }

    /// <summary>Builds "/a/{b}" paths with each value escaped as one segment, and an optional query string of the non-null pairs.</summary>
    public static string Path(FormattableString template, params (string Name, string? Value)[] query)
    {
        var segments = template.GetArguments().Select(a => (object?)Uri.EscapeDataString(a?.ToString() ?? "")).ToArray();
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, template.Format, segments);
        var pairs = query.Where(q => q.Value is not null).Select(q => $"{Uri.EscapeDataString(q.Name)}={Uri.EscapeDataString(q.Value!)}").ToList();
        return pairs.Count == 0 ? path : $"{path}?{string.Join('&', pairs)}";
    }
}
