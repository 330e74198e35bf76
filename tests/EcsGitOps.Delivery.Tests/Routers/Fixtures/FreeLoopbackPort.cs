using System.Net;
using System.Net.Sockets;

namespace EcsGitOps.Delivery.Tests.Routers.Fixtures;

internal static class FreeLoopbackPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
