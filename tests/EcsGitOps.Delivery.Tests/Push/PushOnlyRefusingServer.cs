using System.Net;
using System.Text;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>
/// An HTTP server on 127.0.0.1 that answers the registry API's version check but refuses every upload with HTTP 405 and
/// a plain-text body, as a read-only mirror or a misrouted proxy does: what the engine cannot read as registry JSON.
/// </summary>
public sealed class PushOnlyRefusingServer : IDisposable
{
    readonly HttpListener _listener;
    readonly Task _serving;

    public PushOnlyRefusingServer()
    {
        (_listener, var url) = LoopbackHttpListener.Start();
        Endpoint = url.Authority;
        _serving = Task.Run(ServeAsync);
    }

    /// <summary><c>127.0.0.1:port</c>, as it appears in image names.</summary>
    public string Endpoint { get; }

    async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var response = context.Response;
            var (status, body) = context.Request switch
            {
                { HttpMethod: "GET", Url.AbsolutePath: "/v2/" } => (200, "{}"),
                { HttpMethod: "HEAD" or "GET" } => (404, ""),
                _ => (405, "Method Not Allowed\n"),
            };
            response.StatusCode = status;
            response.Headers["Docker-Distribution-API-Version"] = "registry/2.0";
            response.ContentType = status == 200 ? "application/json" : "text/plain; charset=utf-8";
            var bytes = Encoding.UTF8.GetBytes(body);
            if (context.Request.HttpMethod != "HEAD")
                await response.OutputStream.WriteAsync(bytes);
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }
}
