using System.Net;

namespace EcsGitOps.Delivery.Tests.Support;

/// <summary>
/// An HttpListener on a free loopback port. HttpListener cannot bind port 0, so another process can take the port
/// between asking for it and binding it: then the next free port is tried.
/// </summary>
public static class LoopbackHttpListener
{
    public static (HttpListener Listener, Uri Url) Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            var url = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(url.ToString());
            try
            {
                listener.Start();
                return (listener, url);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }
}
