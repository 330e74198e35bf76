using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Xml;
using System.Xml.Linq;

namespace EcsGitOps.Aws.Transport;

/// <summary>AWS query: form-encoded Action, Version and flattened members in a POST; XML back.</summary>
internal sealed class QueryProtocol(AwsRequestSender sender)
{
    public AwsServiceInfo Service => sender.Service;

    public async Task<TResponse> InvokeAsync<TRequest, TResponse>(
        string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken ct)
    {
        var fields = QueryRequestWriter.Write(operation, sender.Service.ApiVersion, JsonSerializer.SerializeToNode(request, requestType));
        var response = await sender.SendAsync(operation, endpoint => new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new FormUrlEncodedContent(fields),
        }, ct);
        try
        {
            var document = XDocument.Parse(Encoding.UTF8.GetString(response.Body));
            return QueryResponseReader.Read(document, operation, responseType);
        }
        catch (Exception e) when (e is XmlException or JsonException or FormatException or InvalidOperationException)
        {
            throw AwsErrorReader.Malformed(sender.Service, operation, response, e);
        }
    }
}
