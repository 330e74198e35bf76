using EcsGitOps.Delivery.LocalCloud.DataPlane;

namespace EcsGitOps.LocalAgent;

/// <summary>The service a build last told the agent to serve, and what the agent last saw of it.</summary>
public sealed class ServedService
{
    volatile DataPlaneService? current;
    volatile DataPlaneStatus status = new(null, null, [], [], null);

    public DataPlaneService? Current => current;

    public DataPlaneStatus Status => status;

    public void Serve(DataPlaneService service) => current = service;

    public void Report(DataPlaneStatus seen) => status = seen;
}
