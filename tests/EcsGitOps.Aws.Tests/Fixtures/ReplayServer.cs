using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace EcsGitOps.Aws.Tests.Fixtures;

/// <summary>
/// A local HTTP server on 127.0.0.1 that answers with scripted responses in AWS's wire format, one per request, and
/// records what it received: for what moto cannot do, and for faults moto never produces.
/// </summary>
public sealed class ReplayServer : IDisposable
{
    readonly HttpListener listener = new();
    readonly ConcurrentQueue<Scripted> replies = new();
    readonly Task loop;

    public ReplayServer()
    {
        var port = FreePort.Next();
        Url = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Url.ToString());
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ReplayServer Reply(int status, string body, string contentType = "application/x-amz-json-1.1", params (string Name, string Value)[] headers)
    {
        replies.Enqueue(new Scripted(status, body, contentType, headers, Drop: false));
        return this;
    }

    /// <summary>Closes the connection without an answer, as a crashed or restarted server does.</summary>
    public ReplayServer Drop()
    {
        replies.Enqueue(new Scripted(0, "", "", [], Drop: true));
        return this;
    }

    public AwsOptions Options() => new()
    {
        Region = "us-east-1",
        EndpointUrl = Url.ToString(),
        Credentials = new Amazon.Runtime.BasicAWSCredentials("testing", "testing"),
        Retry = Retry.AwsRetryOptions.Immediate,
    };

    async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            Requests.Enqueue(new RecordedRequest(
                context.Request.HttpMethod, context.Request.Url!.PathAndQuery,
                context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase),
                body));
            if (!replies.TryDequeue(out var reply))
                reply = new Scripted(599, "no reply scripted for this request", "text/plain", [], Drop: false);
            if (reply.Drop)
            {
                context.Response.Abort();
                continue;
            }
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = reply.ContentType;
            foreach (var (name, value) in reply.Headers)
                context.Response.Headers[name] = value;
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }

    sealed record Scripted(int Status, string Body, string ContentType, (string Name, string Value)[] Headers, bool Drop);
}
