using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EcsGitOps.Aws.Transport;

/// <summary>AWS JSON 1.0 and 1.1: POST / with X-Amz-Target naming the operation and the input shape as the body.</summary>
internal sealed class JsonProtocol(AwsRequestSender sender, string jsonVersion, bool queryCompatible = false)
{
    readonly MediaTypeHeaderValue contentType = new($"application/x-amz-json-{jsonVersion}");

    public AwsServiceInfo Service => sender.Service;

    public async Task<TResponse> InvokeAsync<TRequest, TResponse>(
        string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken ct)
    {
        var response = await InvokeRawAsync(operation, JsonSerializer.SerializeToUtf8Bytes(request, requestType), ct);
        return AwsJson.Read(sender.Service, operation, response, responseType);
    }

    public Task<AwsResponse> InvokeRawAsync(string operation, byte[] body, CancellationToken ct) =>
        sender.SendAsync(operation, endpoint =>
        {
            var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
            message.Content.Headers.ContentType = contentType;
            message.Headers.TryAddWithoutValidation("X-Amz-Target", $"{sender.Service.TargetPrefix}.{operation}");
            if (queryCompatible)
                message.Headers.TryAddWithoutValidation("x-amzn-query-mode", "true");
            return message;
        }, ct);
}
