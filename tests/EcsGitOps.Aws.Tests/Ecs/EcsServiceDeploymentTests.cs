using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.Ecs;

/// <summary>moto 5.2.1 has no service deployments: these replay ECS's real JSON 1.1 answers from a local server.</summary>
public sealed class EcsServiceDeploymentTests : IDisposable
{
    const string Service = "arn:aws:ecs:us-east-1:123456789012:service/apps/web";
    const string First = "arn:aws:ecs:us-east-1:123456789012:service-deployment/apps/web/NCWGC2ZR-taawPAYrIaU5";
    const string Second = "arn:aws:ecs:us-east-1:123456789012:service-deployment/apps/web/Wm9vYmFyYmF6cXV4";

    readonly ReplayServer server = new();
    readonly AwsClients aws;

    public EcsServiceDeploymentTests() => aws = new AwsClients(server.Options());

    public void Dispose()
    {
        aws.Dispose();
        server.Dispose();
    }

    [Fact]
    public async Task ListAllServiceDeployments_follows_nextToken_across_pages_AgainstReplayedEcsResponses()
    {
        server.Reply(200, $$"""{"serviceDeployments":[{"serviceDeploymentArn":"{{First}}","serviceArn":"{{Service}}","status":"SUCCESSFUL","createdAt":1731512316.002,"startedAt":1731512316.123,"finishedAt":1731512416.654}],"nextToken":"page-2"}""")
              .Reply(200, $$"""{"serviceDeployments":[{"serviceDeploymentArn":"{{Second}}","serviceArn":"{{Service}}","status":"IN_PROGRESS","createdAt":1731513316}]}""");

        var deployments = new List<EcsGitOps.Aws.Ecs.ServiceDeploymentBrief>();
        await foreach (var deployment in aws.Ecs.ListAllServiceDeploymentsAsync(new() { Cluster = "apps", Service = "web" }))
            deployments.Add(deployment);

        Assert.Equal([First, Second], deployments.Select(d => d.ServiceDeploymentArn));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1731512416654), deployments[0].FinishedAt);
        var requests = server.Requests.ToArray();
        Assert.Equal("AmazonEC2ContainerServiceV20141113.ListServiceDeployments", requests[0].Target);
        Assert.DoesNotContain("nextToken", requests[0].Body);
        Assert.Contains("\"nextToken\":\"page-2\"", requests[1].Body);
    }

    [Fact]
    public async Task DescribeServiceDeployments_reports_a_rollback_by_the_circuit_breaker_AgainstReplayedEcsResponses()
    {
        server.Reply(200, $$$"""
            {"serviceDeployments":[{"serviceDeploymentArn":"{{{First}}}","serviceArn":"{{{Service}}}",
              "clusterArn":"arn:aws:ecs:us-east-1:123456789012:cluster/apps","createdAt":1731512316.002,"updatedAt":1731512500.5,
              "sourceServiceRevisions":[{"arn":"arn:aws:ecs:us-east-1:123456789012:service-revision/apps/web/1","requestedTaskCount":2,"runningTaskCount":2,"pendingTaskCount":0}],
              "targetServiceRevision":{"arn":"arn:aws:ecs:us-east-1:123456789012:service-revision/apps/web/2","requestedTaskCount":2,"runningTaskCount":0,"pendingTaskCount":0},
              "status":"ROLLBACK_SUCCESSFUL","statusReason":"Service deployment rolled back because the circuit breaker threshold was exceeded.",
              "deploymentConfiguration":{"deploymentCircuitBreaker":{"enable":true,"rollback":true},"maximumPercent":200,"minimumHealthyPercent":100,"strategy":"BLUE_GREEN","bakeTimeInMinutes":5},
              "rollback":{"reason":"Circuit breaker threshold exceeded","startedAt":1731512450,"serviceRevisionArn":"arn:aws:ecs:us-east-1:123456789012:service-revision/apps/web/1"},
              "deploymentCircuitBreaker":{"status":"TRIGGERED","failureCount":3,"threshold":3},
              "alarms":{"status":"DISABLED"}}],"failures":[]}
            """);

        var described = await aws.Ecs.DescribeServiceDeploymentsAsync(new() { ServiceDeploymentArns = [First] });

        var deployment = Assert.Single(described.ServiceDeployments!);
        Assert.Equal("ROLLBACK_SUCCESSFUL", deployment.Status);
        Assert.Equal("TRIGGERED", deployment.DeploymentCircuitBreaker!.Status);
        Assert.Equal("BLUE_GREEN", deployment.DeploymentConfiguration!.Strategy);
        Assert.Equal(0, deployment.TargetServiceRevision!.RunningTaskCount);
        Assert.NotNull(deployment.Rollback!.StartedAt);
    }

    [Fact]
    public async Task StopServiceDeployment_asks_for_a_rollback_AgainstReplayedEcsResponses()
    {
        server.Reply(200, $$"""{"serviceDeploymentArn":"{{First}}"}""");

        var stopped = await aws.Ecs.StopServiceDeploymentAsync(new() { ServiceDeploymentArn = First, StopType = "ROLLBACK" });

        Assert.Equal(First, stopped.ServiceDeploymentArn);
        Assert.Contains("\"stopType\":\"ROLLBACK\"", Assert.Single(server.Requests).Body);
    }

    [Fact]
    public async Task Moto_answers_ListServiceDeployments_with_an_HTML_500_which_reads_as_an_unimplemented_operation()
    {
        server.Reply(500, "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n", "text/html; charset=utf-8")
              .Reply(500, "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n", "text/html; charset=utf-8");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.Ecs.ListServiceDeploymentsAsync(new() { Service = "web" }));

        Assert.Equal("InternalFailure", error.ErrorCode);
        Assert.Equal(500, error.HttpStatus);
        Assert.Contains("may not implement this operation", error.Message);
        Assert.Equal(2, server.Requests.Count);
    }
}
