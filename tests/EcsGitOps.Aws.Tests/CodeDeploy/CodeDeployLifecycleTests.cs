using EcsGitOps.Aws.CodeDeploy;
using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.CodeDeploy;

/// <summary>moto keeps every deployment in Created and lacks the target calls: these replay CodeDeploy's real JSON 1.1 answers.</summary>
public sealed class CodeDeployLifecycleTests : IDisposable
{
    readonly ReplayServer server = new();
    readonly AwsClients aws;

    public CodeDeployLifecycleTests() => aws = new AwsClients(server.Options());

    public void Dispose()
    {
        aws.Dispose();
        server.Dispose();
    }

    [Fact]
    public async Task A_failed_and_rolled_back_deployment_reads_with_its_error_and_rollback_AgainstReplayedCodeDeployResponses()
    {
        server.Reply(200, """
            {"deploymentInfo":{"applicationName":"sample","deploymentGroupName":"web","deploymentConfigName":"CodeDeployDefault.ECSCanary10Percent5Minutes",
             "deploymentId":"d-8EXAMPLE1","status":"Failed","computePlatform":"ECS","creator":"user",
             "errorInformation":{"code":"ALARM_ACTIVE","message":"One or more alarms have been activated according to the Amazon CloudWatch metrics you selected"},
             "createTime":1.764266836262E9,"startTime":1.764266837001E9,"completeTime":1.764267200913E9,
             "deploymentOverview":{"Pending":0,"InProgress":0,"Succeeded":0,"Failed":1,"Skipped":0,"Ready":0},
             "rollbackInfo":{"rollbackDeploymentId":"d-8EXAMPLE2","rollbackMessage":"Automatic rollback triggered by alarm"},
             "deploymentStyle":{"deploymentType":"BLUE_GREEN","deploymentOption":"WITH_TRAFFIC_CONTROL"},
             "deploymentStatusMessages":[]}}
            """);

        var deployment = (await aws.CodeDeploy.GetDeploymentAsync(new() { DeploymentId = "d-8EXAMPLE1" })).DeploymentInfo!;

        Assert.Equal("Failed", deployment.Status);
        Assert.Equal("ALARM_ACTIVE", deployment.ErrorInformation!.Code);
        Assert.Equal("d-8EXAMPLE2", deployment.RollbackInfo!.RollbackDeploymentId);
        Assert.Equal(1, deployment.DeploymentOverview!.Failed);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764267200913), deployment.CompleteTime);
    }

    [Fact]
    public async Task Deployment_targets_are_listed_across_pages_and_read_with_task_sets_and_hooks_AgainstReplayedCodeDeployResponses()
    {
        const string target = "apps:web";
        server.Reply(200, """{"targetIds":["apps:web"],"nextToken":"n2"}""")
              .Reply(200, """{"targetIds":[]}""")
              .Reply(200, """
                {"deploymentTarget":{"deploymentTargetType":"ECSTarget","ecsTarget":{"deploymentId":"d-8EXAMPLE1","targetId":"apps:web",
                  "targetArn":"arn:aws:ecs:us-east-1:123456789012:service/apps/web","lastUpdatedAt":1.764266900E9,"status":"InProgress",
                  "lifecycleEvents":[{"lifecycleEventName":"BeforeInstall","startTime":1.7642668E9,"endTime":1.7642669E9,"status":"Succeeded"},
                                     {"lifecycleEventName":"AllowTraffic","status":"InProgress"}],
                  "taskSetsInfo":[{"identifer":"ecs-svc/1","desiredCount":2,"pendingCount":0,"runningCount":2,"status":"PRIMARY","trafficWeight":90.0,"targetGroup":{"name":"blue"},"taskSetLabel":"Blue"},
                                  {"identifer":"ecs-svc/2","desiredCount":2,"pendingCount":0,"runningCount":2,"status":"ACTIVE","trafficWeight":10.0,"targetGroup":{"name":"green"},"taskSetLabel":"Green"}]}}}
                """);

        var ids = new List<string>();
        await foreach (var id in aws.CodeDeploy.ListAllDeploymentTargetsAsync(new() { DeploymentId = "d-8EXAMPLE1" }))
            ids.Add(id);
        var ecs = (await aws.CodeDeploy.GetDeploymentTargetAsync(new() { DeploymentId = "d-8EXAMPLE1", TargetId = ids[0] })).DeploymentTarget!.EcsTarget!;

        Assert.Equal([target], ids);
        Assert.Equal(["Succeeded", "InProgress"], ecs.LifecycleEvents!.Select(e => e.Status));
        Assert.Equal(10.0, ecs.TaskSetsInfo!.Single(t => t.TaskSetLabel == "Green").TrafficWeight);
        Assert.Equal("green", ecs.TaskSetsInfo!.Single(t => t.TaskSetLabel == "Green").TargetGroup!.Name);
    }

    [Fact]
    public async Task StopDeployment_and_ContinueDeployment_send_what_CodeDeploy_expects_AgainstReplayedCodeDeployResponses()
    {
        server.Reply(200, """{"status":"Pending","statusMessage":"Stopping Pending. Stopping to schedule commands in the deployment instances"}""")
              .Reply(200, "");

        var stopped = await aws.CodeDeploy.StopDeploymentAsync(new() { DeploymentId = "d-8EXAMPLE1", AutoRollbackEnabled = true });
        await aws.CodeDeploy.ContinueDeploymentAsync(new() { DeploymentId = "d-8EXAMPLE1", DeploymentWaitType = "READY_WAIT" });

        Assert.Equal("Pending", stopped.Status);
        var requests = server.Requests.ToArray();
        Assert.Equal("CodeDeploy_20141006.StopDeployment", requests[0].Target);
        Assert.Equal("""{"deploymentId":"d-8EXAMPLE1","autoRollbackEnabled":true}""", requests[0].Body);
        Assert.Equal("""{"deploymentId":"d-8EXAMPLE1","deploymentWaitType":"READY_WAIT"}""", requests[1].Body);
    }
}
