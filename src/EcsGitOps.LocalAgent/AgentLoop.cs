using Docker.DotNet;
using EcsGitOps.Aws;
using EcsGitOps.Delivery.LocalCloud.DataPlane;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Routers;
using Microsoft.Extensions.Hosting;

namespace EcsGitOps.LocalAgent;

/// <summary>
/// Once a second: runs what the service's task sets describe, reads the route's weights from the local cloud, and gives
/// the router the new table, so a weight change is honoured within a second. At stop it removes its containers.
/// </summary>
public sealed class AgentLoop(AwsClients aws, TaskSetReconciler reconciler, DockerTasks docker, WeightedRouting routing,
    TargetGroupMetrics metrics, ServedService served, Action<string> log) : BackgroundService
{
    DataPlaneService? routed;
    ITrafficRouter? router;
    string? lastProblem;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await docker.RemoveAllAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        do
        {
            if (served.Current is { } service)
                await PassAsync(service, stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await docker.RemoveAllAsync(cancellationToken).ConfigureAwait(false);
        log("Removed the local cloud's task containers.");
    }

    async Task PassAsync(DataPlaneService service, CancellationToken ct)
    {
        try
        {
            var reconciled = await reconciler.RunAsync(service, ct).ConfigureAwait(false);
            var weights = await RouterFor(service).GetWeightsAsync(ct).ConfigureAwait(false);
            routing.Update(weights, reconciled.Routable);
            served.Report(new DataPlaneStatus(service, new WeightsView(weights.Blue, weights.Green), reconciled.TaskSets, Traffic(), null));
            lastProblem = null;
        }
        catch (Exception e) when (e is AwsServiceException or HttpRequestException or DockerApiException or InvalidOperationException or ArgumentException)
        {
            if (e.Message != lastProblem)
                log($"Cannot serve {service.Cluster}/{service.Service}: {e.Message}");
            lastProblem = e.Message;
            served.Report(served.Status with { Service = service, Problem = e.Message, Traffic = Traffic() });
        }
    }

    IReadOnlyList<TrafficView> Traffic() =>
        [.. Enum.GetValues<Colour>().Select(colour => new TrafficView(colour.Name(), metrics.Total(colour).Requests, metrics.Total(colour).Errors5xx))];

    ITrafficRouter RouterFor(DataPlaneService service)
    {
        if (router is not null && routed == service)
            return router;
        routed = service;
        return router = service.AppMesh is { } mesh
            ? new AppMeshRouter(aws.AppMesh, mesh, _ => { })
            : new AlbRouter(aws.ElasticLoadBalancing, service.Alb
                ?? throw new InvalidOperationException("the service names neither an App Mesh route nor an ALB listener"));
    }
}
