using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Amazon.Runtime;
using EcsGitOps.Aws;
using EcsGitOps.Aws.Retry;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.LocalCloud.Seeding;

/// <summary>
/// An HTTP server on 127.0.0.1 answering, in order, with scripted responses in AWS's wire format, and recording what
/// it received: for the App Mesh calls moto does not implement.
/// </summary>
sealed class ReplayedAwsEndpoint : IDisposable
{
    readonly HttpListener listener;
    readonly ConcurrentQueue<(int Status, string ContentType, string Body, string? ErrorType)> replies = new();
    readonly Task loop;

    public ReplayedAwsEndpoint()
    {
        (listener, Url) = LoopbackHttpListener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public ConcurrentQueue<(string Method, string Path, string Body)> Requests { get; } = new();

    public AwsClients Clients() => new(new AwsOptions
    {
        Region = "us-east-1",
        EndpointUrl = Url.ToString(),
        Credentials = new BasicAWSCredentials("test", "test"),
        Retry = AwsRetryOptions.Immediate,
    });

    public ReplayedAwsEndpoint CallerIdentity() => Reply(200, """
        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <GetCallerIdentityResult>
            <Arn>arn:aws:iam::123456789012:user/deployer</Arn>
            <UserId>AIDAEXAMPLEUSERID0001</UserId>
            <Account>123456789012</Account>
          </GetCallerIdentityResult>
          <ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata>
        </GetCallerIdentityResponse>
        """, "text/xml");

    public ReplayedAwsEndpoint Reply(int status, string body, string contentType = "application/json", string? errorType = null)
    {
        replies.Enqueue((status, contentType, body, errorType));
        return this;
    }

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
            Requests.Enqueue((context.Request.HttpMethod, context.Request.Url!.AbsolutePath, await reader.ReadToEndAsync()));
            var (status, contentType, body, errorType) = replies.TryDequeue(out var reply)
                ? reply
                : (599, "text/plain", "no reply scripted for this request", null);
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            if (errorType is not null)
                context.Response.Headers["x-amzn-ErrorType"] = errorType;
            var bytes = Encoding.UTF8.GetBytes(body);
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
}
