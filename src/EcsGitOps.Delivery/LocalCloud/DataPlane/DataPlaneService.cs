using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Routers;

namespace EcsGitOps.Delivery.LocalCloud.DataPlane;

/// <summary>The service the local agent serves: whose task sets it runs, which route's weights it honours, and under
/// which target groups it publishes the ALB's metrics.</summary>
/// <param name="DesiredCount">Tasks of a task set at scale 100%; ECS takes it from the service.</param>
/// <param name="AppMesh">The route whose weights split the traffic (--router appmesh); null with <paramref name="Alb"/>.</param>
/// <param name="Alb">The listener whose weights split the traffic (--router alb); null with <paramref name="AppMesh"/>.</param>
public sealed record DataPlaneService(
    string Cluster,
    string Service,
    string ContainerName,
    int ContainerPort,
    string LoadBalancerFullName,
    ColourTargets Blue,
    ColourTargets Green,
    AppMeshRouteOptions? AppMesh,
    AlbRouteOptions? Alb)
{
    public ColourTargets TargetsOf(Colour colour) => colour == Colour.Blue ? Blue : Green;

    /// <summary>The service as DeployInfra's outputs describe it.</summary>
    public static DataPlaneService FromStackOutputs(IReadOnlyDictionary<string, string> outputs, TrafficRouterKind router)
    {
        string Output(string name) => outputs.TryGetValue(name, out var value) ? value
            : throw new InvalidOperationException($"Stack output {name} not found in artifacts/stack-outputs.json: run DeployInfra.");
        return new DataPlaneService(
            Output("ClusterName"),
            Output("ServiceName"),
            Output("ContainerName"),
            int.Parse(Output("ContainerPort"), System.Globalization.CultureInfo.InvariantCulture),
            Output("LoadBalancerFullName"),
            new ColourTargets(Output("BlueTargetGroupArn"), Output("BlueTargetGroupFullName")),
            new ColourTargets(Output("GreenTargetGroupArn"), Output("GreenTargetGroupFullName")),
            router == TrafficRouterKind.AppMesh
                ? new AppMeshRouteOptions(Output("MeshName"), Output("VirtualRouterName"), Output("RouteName"),
                    Output("BlueVirtualNodeName"), Output("GreenVirtualNodeName"))
                : null,
            router == TrafficRouterKind.Alb
                ? new AlbRouteOptions(Output("ProductionListenerArn"), Output("BlueTargetGroupArn"), Output("GreenTargetGroupArn"))
                : null);
    }
}

/// <summary>A colour's target group: its ARN, and its "targetgroup/name/id" metric dimension.</summary>
public sealed record ColourTargets(string TargetGroupArn, string TargetGroupFullName);
