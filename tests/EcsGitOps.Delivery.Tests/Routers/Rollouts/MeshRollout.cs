using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudWatch;
using EcsGitOps.Delivery.Tests.Routers.Fixtures;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Routers;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Routers.Rollouts;

/// <summary>What a mesh rollout needs on moto (a route all on blue, an ECS service, an OK alarm) and how to look at it
/// with the AWS CLI.</summary>
internal sealed class MeshRollout(TrafficMotoServer moto)
{
    public async Task<(AppMeshRouteOptions Route, string Service, string Alarm)> CreateAsync(AwsClients aws)
    {
        var route = await Meshes.CreateAsync(moto, aws, Meshes.WeightedRoute(blue: 100, green: 0));
        var service = await EcsServices.CreateAsync(moto);
        var alarm = $"{route.MeshName}-5xx";
        await aws.CloudWatch.PutMetricAlarmAsync(new PutMetricAlarmRequest
        {
            AlarmName = alarm,
            Namespace = "AWS/ApplicationELB",
            MetricName = "HTTPCode_Target_5XX_Count",
            Statistic = "Sum",
            Period = 60,
            EvaluationPeriods = 1,
            Threshold = 5,
            ComparisonOperator = "GreaterThanThreshold",
        });
        await aws.CloudWatch.SetAlarmStateAsync(new SetAlarmStateRequest { AlarmName = alarm, StateValue = "OK", StateReason = "seeded" });
        return (route, service, alarm);
    }

    public async Task<TrafficWeights> WeightsWithCliAsync(AppMeshRouteOptions route)
    {
        var targets = (await DescribeAsync(route)).GetProperty("spec").GetProperty("httpRoute").GetProperty("action")
            .GetProperty("weightedTargets").EnumerateArray()
            .ToDictionary(t => t.GetProperty("virtualNode").GetString()!, t => t.GetProperty("weight").GetInt32());
        return new TrafficWeights(targets[route.BlueVirtualNode], targets[route.GreenVirtualNode]);
    }

    public async Task<long> RouteVersionWithCliAsync(AppMeshRouteOptions route) =>
        (await DescribeAsync(route)).GetProperty("metadata").GetProperty("version").GetInt64();

    public async Task<Dictionary<string, string>> TagsWithCliAsync(string service)
    {
        var (cluster, name) = (service.Split('/')[0], service.Split('/')[1]);
        var arn = (await moto.Cli.JsonAsync("ecs", "describe-services", "--cluster", cluster, "--services", name))
            .GetProperty("services")[0].GetProperty("serviceArn").GetString()!;
        return (await moto.Cli.JsonAsync("ecs", "list-tags-for-resource", "--resource-arn", arn)).GetProperty("tags").EnumerateArray()
            .ToDictionary(tag => tag.GetProperty("key").GetString()!, tag => tag.GetProperty("value").GetString()!);
    }

    private async Task<System.Text.Json.JsonElement> DescribeAsync(AppMeshRouteOptions route) =>
        (await moto.Cli.JsonAsync("appmesh", "describe-route", "--mesh-name", route.MeshName,
            "--virtual-router-name", route.VirtualRouterName, "--route-name", route.RouteName)).GetProperty("route");
}
