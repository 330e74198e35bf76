using System.Net;
using System.Net.Sockets;

namespace EcsGitOps.Delivery.LocalCloud;

public static class FreePort
{
    public static int OnLoopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
