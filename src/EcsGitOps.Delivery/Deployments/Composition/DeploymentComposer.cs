using System.Globalization;
using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Analysis.CloudWatch;
using EcsGitOps.Delivery.Deployments.Strategies;
using EcsGitOps.Delivery.LocalCloud.DataPlane;
using EcsGitOps.Delivery.TaskDefinitions;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Routers;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Deployments.Composition;

/// <summary>
/// The one place a deployment is put together from what the user asked (<see cref="DeploymentSettings"/>) and what the
/// stacks produced (<see cref="ServiceOutputs"/>): the strategy, the traffic router, the analysis checks and the reader
/// of each step's traffic. Nothing here calls AWS except the check that the named alarms exist.
/// </summary>
/// <param name="agent">The local cloud's data plane: it runs the tasks, so task sets are ready when its health checks pass.</param>
public sealed class DeploymentComposer(
    AwsClients aws, ServiceOutputs outputs, DeploymentSettings settings, TimeProvider time, Action<string> warn, LocalAgentClient? agent = null)
{
    private ITrafficRouter? _router;

    public DeploymentStrategyKind Kind { get; } = DeploymentStrategyKind.Parse(settings.Strategy);

    /// <summary>One router per composition, so its notices are printed once.</summary>
    public ITrafficRouter Router => _router ??= TrafficRouterKind.Parse(settings.Router) == TrafficRouterKind.Alb
        ? new AlbRouter(aws.ElasticLoadBalancing, new AlbRouteOptions(outputs.Require("ProductionListenerArn"),
            outputs.Require("BlueTargetGroupArn"), outputs.Require("GreenTargetGroupArn")))
        : new AppMeshRouter(aws.AppMesh, new AppMeshRouteOptions(outputs.Require("MeshName"), outputs.Require("VirtualRouterName"),
            outputs.Require("RouteName"), outputs.Require("BlueVirtualNodeName"), outputs.Require("GreenVirtualNodeName")), warn);

    /// <param name="canary">The colour the new version goes to.</param>
    /// <param name="appSpecPath">RenderTaskDef's appspec.yaml, which the codedeploy strategy deploys.</param>
    public async Task<IDeploymentStrategy> StrategyAsync(
        Colour canary, IRolloutStateStore store, IReadOnlyList<IPromotionGate> gates, string appSpecPath, CancellationToken cancellationToken)
    {
        if (Kind == DeploymentStrategyKind.CodeDeploy)
            return new CodeDeployStrategy(aws.CodeDeploy, new CodeDeployStrategyOptions(outputs.Require("CodeDeployApplicationName"),
                outputs.Require("CodeDeployDeploymentGroupName"), await RenderedTaskDefinition.ReadAppSpecAsync(appSpecPath, cancellationToken).ConfigureAwait(false))
            { DeploymentConfigName = settings.DeploymentConfigName }, time);
        if (Kind == DeploymentStrategyKind.Ecs)
            return new EcsStrategy(aws.Ecs, new EcsStrategyOptions { Strategy = settings.EcsStrategy }, time);
        var options = new TaskSetStrategyOptions(Router, store, settings.Rollout)
        {
            Checks = await ChecksAsync(canary, cancellationToken).ConfigureAwait(false),
            Gates = gates,
            DrainTime = settings.DrainTime,
            Blue = TargetsOf("BlueTargetGroupArn"),
            Green = TargetsOf("GreenTargetGroupArn"),
            NetworkConfiguration = new NetworkConfiguration
            {
                AwsvpcConfiguration = new AwsVpcConfiguration
                {
                    Subnets = outputs.Require("PrivateSubnetIds").Split(','),
                    SecurityGroups = [outputs.Require("TaskSecurityGroupId")],
                    AssignPublicIp = "DISABLED",
                },
            },
            LaunchType = settings.CapacityProviders.Count == 0 ? "FARGATE" : null,
            CapacityProviderStrategy = settings.CapacityProviders.Count == 0 ? null
                : settings.CapacityProviders.Select((name, i) => new CapacityProviderStrategyItem { CapacityProvider = name, Base = i == 0 ? 1 : 0, Weight = 1 }).ToList(),
        };
        // On the local cloud the agent runs the tasks: they are ready when their health checks pass there, seen every second.
        return new TaskSetStrategy(aws.Ecs, agent is null ? options
            : options with { TaskHealth = new AgentTaskSetHealth(agent), PollInterval = TimeSpan.FromSeconds(1) }, time);
    }

    /// <summary>The checks of each step; the metric checks read the target group of <paramref name="canary"/>.</summary>
    public async Task<IReadOnlyList<IAnalysisCheck>> ChecksAsync(Colour canary, CancellationToken cancellationToken)
    {
        var checks = new List<IAnalysisCheck>();
        if (settings.MaxErrorRate is not null || settings.MaxP99Latency is not null)
        {
            var loadBalancer = outputs.Require("LoadBalancerFullName");
            var targetGroup = outputs.Require(canary == Colour.Blue ? "BlueTargetGroupFullName" : "GreenTargetGroupFullName");
            if (settings.MaxErrorRate is { } maxErrorRate)
                checks.Add(new MetricThresholdCheck(Metrics, new MetricThreshold("error rate",
                    AlbMetricQueries.ErrorRatePercent(loadBalancer, targetGroup), Max: maxErrorRate, NoDataPasses: settings.NoDataPasses)));
            if (settings.MaxP99Latency is { } maxLatency)
                checks.Add(new MetricThresholdCheck(Metrics, new MetricThreshold("p99 latency",
                    LatencyStat == "p99" ? AlbMetricQueries.P99LatencySeconds(loadBalancer, targetGroup) : AlbMetricQueries.MaxLatencySeconds(loadBalancer, targetGroup),
                    Max: maxLatency.TotalSeconds, NoDataPasses: settings.NoDataPasses)));
        }
        if (settings.Alarms.Count > 0)
        {
            var alarms = new AlarmCheck(new CloudWatchAlarmSource(aws.CloudWatch), settings.Alarms);
            await alarms.EnsureAlarmsExistAsync(cancellationToken).ConfigureAwait(false);
            checks.Add(alarms);
        }
        if (settings.CheckCommand is { } command)
            checks.Add(new CommandCheck(new CommandCheckOptions("command", command, TimeSpan.FromMinutes(5))));
        return checks;
    }

    /// <summary>What each colour served at each step, from the metrics the checks read; null for a stack without a load balancer.</summary>
    public StepTrafficReader? StepTraffic() =>
        outputs.Find("LoadBalancerFullName") is { } loadBalancer
        && outputs.Find("BlueTargetGroupFullName") is { } blue && outputs.Find("GreenTargetGroupFullName") is { } green
            ? new StepTrafficReader(Metrics, loadBalancer, new Dictionary<Colour, string> { [Colour.Blue] = blue, [Colour.Green] = green }, LatencyStat, warn,
                settle: settings.OnLocalCloud ? TimeSpan.FromSeconds(2) : TimeSpan.Zero, time)
            : null;

    /// <summary>The local agent publishes a data point every second, and moto has no percentiles: there the latency is the maximum.</summary>
    private CloudWatchMetricSource Metrics => new(aws.CloudWatch, perSecond: settings.OnLocalCloud);

    private string LatencyStat => settings.OnLocalCloud ? "Maximum" : "p99";

    /// <summary>A colour's task set registers its tasks in the colour's target group and in the Cloud Map service the
    /// mesh's virtual nodes find them in (by the task set's external id).</summary>
    private TaskSetTargets TargetsOf(string targetGroupOutput)
    {
        var container = outputs.Require("ContainerName");
        var port = int.Parse(outputs.Require("ContainerPort"), CultureInfo.InvariantCulture);
        return new([new LoadBalancer { TargetGroupArn = outputs.Require(targetGroupOutput), ContainerName = container, ContainerPort = port }],
            outputs.Find("DiscoveryServiceArn") is { } registry ? [new ServiceRegistry { RegistryArn = registry, ContainerName = container }] : []);
    }
}
