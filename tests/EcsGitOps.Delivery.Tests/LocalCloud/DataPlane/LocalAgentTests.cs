using System.Text.Json.Nodes;
using EcsGitOps.Delivery.LocalCloud.DataPlane;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.LocalAgent;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace EcsGitOps.Delivery.Tests.LocalCloud.DataPlane;

public sealed class LocalAgentTests
{
    static LocalTask Task(Colour colour, int port) => new($"c{port}", "arn:ts", colour, port, Running: true, Healthy: true, Exited: null);

    [Fact]
    public void Routing_splits_requests_by_the_route_weights_and_round_robins_within_a_colour()
    {
        var routing = new WeightedRouting();
        routing.Update(new TrafficWeights(90, 10), [Task(Colour.Blue, 1), Task(Colour.Blue, 2), Task(Colour.Green, 3)]);

        var picked = Enumerable.Range(0, 100).Select(roll => routing.Pick(roll)!).ToList();

        Assert.Equal(90, picked.Count(task => task.Colour == Colour.Blue));
        Assert.Equal(10, picked.Count(task => task.Port == 3));
        Assert.Equal(45, picked.Count(task => task.Port == 1));
    }

    [Fact]
    public void Routing_answers_nothing_when_the_chosen_colour_has_no_healthy_task_and_follows_a_weight_change_at_once()
    {
        var routing = new WeightedRouting();
        Assert.Null(routing.Pick(0));
        routing.Update(new TrafficWeights(0, 100), [Task(Colour.Blue, 1)]);
        Assert.Null(routing.Pick(50));

        routing.Update(new TrafficWeights(100, 0), [Task(Colour.Blue, 1)]);
        Assert.Equal(1, routing.Pick(99)!.Port);
    }

    [Fact]
    public void Metrics_are_counted_per_colour_and_second_and_published_as_an_ALB_publishes_them()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-02T10:00:00.200Z", System.Globalization.CultureInfo.InvariantCulture));
        var metrics = new TargetGroupMetrics(time);
        metrics.Record(Colour.Green, 500, TimeSpan.FromMilliseconds(30));
        metrics.Record(Colour.Green, 200, TimeSpan.FromMilliseconds(10));
        metrics.Record(Colour.Blue, 200, TimeSpan.FromMilliseconds(5));
        Assert.Empty(metrics.TakeFinished());

        time.Advance(TimeSpan.FromSeconds(1));
        var green = Assert.Single(metrics.TakeFinished(), second => second.Colour == Colour.Green);
        Assert.Equal((2, 1, 0.03), (green.Requests, green.Errors5xx, green.LatencyMax));

        var service = new DataPlaneService("c", "s", "app", 8080, "app/lb/1", new("arn:blue", "targetgroup/blue/1"),
            new("arn:green", "targetgroup/green/2"), null, null);
        var data = MetricsPublisher.Data(service, green).ToList();
        Assert.Equal(["RequestCount", "HTTPCode_Target_5XX_Count", "TargetResponseTime"], data.Select(d => d.MetricName));
        Assert.All(data, d => Assert.Contains(d.Dimensions!, dim => dim is { Name: "TargetGroup", Value: "targetgroup/green/2" }));
        Assert.DoesNotContain(MetricsPublisher.Data(service, green with { Errors5xx = 0 }), d => d.MetricName == "HTTPCode_Target_5XX_Count");
        Assert.Equal((2L, 1L), metrics.Total(Colour.Green));
    }

    [Theory]
    [InlineData("127.0.0.1:5000/ecsgitops/sample-api@sha256:ab", "127.0.0.1:5000/ecsgitops/sample-api@sha256:ab")]
    [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com/ecsgitops/sample-api@sha256:ab", "127.0.0.1:5000/ecsgitops/sample-api@sha256:ab")]
    [InlineData("public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod", null)]
    [InlineData("busybox", null)]
    public void Only_images_of_the_local_registry_run(string image, string? expected) =>
        Assert.Equal(expected, TaskLaunch.LocalImage(image, "127.0.0.1:5000"));

    [Fact]
    public void A_task_definition_runs_its_app_container_with_its_environment_health_check_and_tmpfs_and_names_what_it_leaves_out()
    {
        var definition = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Templates("taskdef.json"))
            .Replace("{{ containerPort }}", "8080").Replace("{{ image }}", "127.0.0.1:5000/ecsgitops/sample-api@sha256:ab"))!.AsObject();

        var launch = TaskLaunch.From(definition, "{{ containerName }}", "127.0.0.1:5000");

        Assert.Equal(8080, launch.ContainerPort);
        Assert.Contains(launch.Environment, e => e.Key == "PORT" && e.Value == "8080");
        Assert.Equal(["/tmp"], launch.TmpfsPaths);
        Assert.True(launch.ReadonlyRootFilesystem);
        Assert.Contains("http://127.0.0.1:41234/health", launch.HealthCheck!.OnPort(8080, 41234).Command);
        Assert.Contains(launch.LeftOut, line => line.Contains("envoy", StringComparison.Ordinal));
        Assert.Contains(launch.LeftOut, line => line.Contains("APP_API_KEY", StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => TaskLaunch.From(definition, "{{ containerName }}", "127.0.0.1:6000"));
    }
}
