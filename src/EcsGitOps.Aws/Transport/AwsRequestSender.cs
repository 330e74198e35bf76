using System.Net.Http.Headers;
using Polly;
using Polly.Timeout;

namespace EcsGitOps.Aws.Transport;

/// <summary>Sends one operation's request through signing and the retry pipeline, and turns failures into <see cref="AwsServiceException"/>.</summary>
internal sealed class AwsRequestSender(AwsServiceInfo service, HttpClient http, Uri endpoint, ResiliencePipeline pipeline)
{
    public AwsServiceInfo Service => service;

    /// <param name="createRequest">Called once per attempt: a request message cannot be sent twice, and each attempt is signed anew.</param>
    public async Task<AwsResponse> SendAsync(string operation, Func<Uri, HttpRequestMessage> createRequest, CancellationToken ct)
    {
        try
        {
            return await pipeline.ExecuteAsync(async token => await SendOnceAsync(operation, createRequest, token), ct);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new AwsServiceException(service.Name, operation, "ConnectionFailure",
                $"could not reach {endpoint} ({e.Message}); check the endpoint URL and the network.", null, 0, e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new AwsServiceException(service.Name, operation, "Timeout",
                $"no answer from {endpoint} within {e.Timeout.TotalSeconds:0} s, retries included; try again later.", null, 0, e);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new AwsServiceException(service.Name, operation, "Timeout",
                $"no answer from {endpoint} within {http.Timeout.TotalSeconds:0} s; try again later.", null, 0, e);
        }
    }

    async ValueTask<AwsResponse> SendOnceAsync(string operation, Func<Uri, HttpRequestMessage> createRequest, CancellationToken ct)
    {
        using var request = createRequest(endpoint);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var result = new AwsResponse((int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType,
            Header(response.Headers, "x-amzn-RequestId") ?? Header(response.Headers, "x-amz-request-id"),
            Header(response.Headers, "x-amzn-ErrorType"));
        return result.IsSuccess ? result : throw AwsErrorReader.Read(service, operation, result);
    }

    static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
