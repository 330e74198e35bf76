using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Amazon.Runtime;
using EcsGitOps.Aws;
using EcsGitOps.Aws.Retry;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Routers.Fixtures;

/// <summary>
/// An HTTP server on 127.0.0.1 that answers each request with the next scripted response, written as AWS writes it,
/// and records what it received: for what moto does not compute (metric math, percentiles).
/// </summary>
internal sealed class ReplayedAwsServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<(int Status, string Body, string ContentType)> _replies = new();
    private readonly Task _loop;

    public ReplayedAwsServer()
    {
        (_listener, Url) = LoopbackHttpListener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public ConcurrentQueue<(string Target, string Body)> Requests { get; } = new();

    public ReplayedAwsServer Reply(int status, string body, string contentType = "application/x-amz-json-1.0")
    {
        _replies.Enqueue((status, body, contentType));
        return this;
    }

    public AwsClients Clients() => new(new AwsOptions
    {
        Region = "us-east-1",
        EndpointUrl = Url.ToString(),
        Credentials = new BasicAWSCredentials("testing", "testing"),
        Retry = AwsRetryOptions.Immediate,
    });

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            Requests.Enqueue((context.Request.Headers["X-Amz-Target"] ?? "", await reader.ReadToEndAsync()));
            var (status, body, contentType) = _replies.TryDequeue(out var reply) ? reply : (599, "no reply scripted", "text/plain");
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.Headers["x-amzn-RequestId"] = "4b1e7d4c-2f5a-4c1e-9c55-0d6f8a7d2e11";
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
