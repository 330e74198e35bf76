namespace EcsGitOps.Aws.AppMesh;

public sealed record Listener
{
    public HealthCheckPolicy? HealthCheck { get; init; }

    public OutlierDetection? OutlierDetection { get; init; }

    public PortMapping? PortMapping { get; init; }
}
