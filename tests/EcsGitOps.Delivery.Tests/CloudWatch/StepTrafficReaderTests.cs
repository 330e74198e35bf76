using System.Globalization;
using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudWatch;
using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Analysis.CloudWatch;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Tests.Routers.Fixtures;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Tests.CloudWatch;

[Collection(TrafficMotoCollection.Name)]
public sealed class StepTrafficReaderTests(TrafficMotoServer moto) : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly AwsClients _aws = moto.Clients();
    private readonly string _loadBalancer = $"app/web/{Guid.NewGuid():N}";
    private readonly Dictionary<Colour, string> _targetGroups = new()
    {
        [Colour.Blue] = $"targetgroup/web-blue/{Guid.NewGuid():N}"[..37],
        [Colour.Green] = $"targetgroup/web-green/{Guid.NewGuid():N}"[..38],
    };

    public void Dispose() => _aws.Dispose();

    [Fact]
    public async Task Each_step_gets_what_each_colour_served_from_it_until_the_next_step()
    {
        // Step 1 (0:00-0:10): blue 18 requests, green 2, both failing on green. Rollback (0:10-0:15): blue only.
        await PutAsync(
            Datum(Colour.Blue, "RequestCount", 18, 3), Datum(Colour.Blue, "TargetResponseTime", 0.004, 3),
            Datum(Colour.Green, "RequestCount", 2, 4), Datum(Colour.Green, "HTTPCode_Target_5XX_Count", 2, 4),
            Datum(Colour.Green, "TargetResponseTime", 0.020, 4), Datum(Colour.Green, "TargetResponseTime", 0.002, 5),
            Datum(Colour.Blue, "RequestCount", 10, 12), Datum(Colour.Blue, "TargetResponseTime", 0.003, 12));
        var record = Record(
            new DeploymentStep(1, DeploymentStepKind.Traffic, Start, new TrafficWeights(90, 10), []),
            new DeploymentStep(1, DeploymentStepKind.Rollback, Start.AddSeconds(10), new TrafficWeights(100, 0), []));

        var read = await Reader(_ => { }).AddToAsync(record, CancellationToken.None);

        Assert.Equal(
            [
                new ColourTraffic(Colour.Blue, 18, 0, 0.004, "Maximum"),
                new ColourTraffic(Colour.Green, 2, 2, 0.020, "Maximum"),
            ],
            read.Steps[0].Traffic);
        Assert.Equal(100, read.Steps[0].Traffic![1].ErrorRatePercent);
        Assert.Equal(
            [
                new ColourTraffic(Colour.Blue, 10, 0, 0.003, "Maximum"),
                new ColourTraffic(Colour.Green, 0, 0, null, "Maximum"),
            ],
            read.Steps[1].Traffic);
        Assert.Null(read.Steps[1].Traffic![1].ErrorRatePercent);
    }

    [Fact]
    public async Task Metrics_that_cannot_be_read_leave_the_steps_as_they_were_and_say_why_AgainstReplayedCloudWatchResponses()
    {
        using var server = new ReplayedAwsServer().Reply(400, """{"__type":"InvalidParameterCombination","message":"Period too small"}""");
        using var aws = server.Clients();
        var warnings = new List<string>();
        var record = Record(new DeploymentStep(1, DeploymentStepKind.Traffic, Start, new TrafficWeights(90, 10), []));

        var read = await new StepTrafficReader(new CloudWatchMetricSource(aws.CloudWatch, perSecond: true), _loadBalancer, _targetGroups,
            "Maximum", warnings.Add).AddToAsync(record, CancellationToken.None);

        Assert.Same(record, read);
        Assert.StartsWith("The deployment report has no per-colour traffic: the load balancer metrics could not be read", Assert.Single(warnings));
    }

    private StepTrafficReader Reader(Action<string> warn) =>
        new(new CloudWatchMetricSource(_aws.CloudWatch, perSecond: true), _loadBalancer, _targetGroups, "Maximum", warn);

    private static DeploymentRecord Record(params DeploymentStep[] steps) =>
        new("shop/web", "task-set", null, "sha256:0", "arn:task-definition/web:2", ColourShift.BlueToGreen, DeploymentOutcome.Succeeded(),
            Start, Start.AddSeconds(15), steps);

    private Task PutAsync(params MetricDatum[] data) =>
        _aws.CloudWatch.PutMetricDataAsync(new() { Namespace = "AWS/ApplicationELB", MetricData = [.. data] });

    private MetricDatum Datum(Colour colour, string name, double value, int second) => new()
    {
        MetricName = name, Value = value, Timestamp = Start.AddSeconds(second),
        Unit = name == "TargetResponseTime" ? "Seconds" : "Count",
        Dimensions = [new() { Name = "LoadBalancer", Value = _loadBalancer }, new() { Name = "TargetGroup", Value = _targetGroups[colour] }],
    };
}
