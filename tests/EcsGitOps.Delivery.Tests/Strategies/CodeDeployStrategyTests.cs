using System.Security.Cryptography;
using System.Text;
using EcsGitOps.Aws;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Deployments.Strategies;
using EcsGitOps.Delivery.Tests.Strategies.Support;
using EcsGitOps.Delivery.Tests.Traffic.Doubles;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.State;
using Microsoft.Extensions.Time.Testing;
using static EcsGitOps.Delivery.Tests.Strategies.CodeDeployWire;

namespace EcsGitOps.Delivery.Tests.Strategies;

/// <summary>moto never moves a CodeDeploy deployment past Created: the codedeploy strategy follows real JSON 1.1 answers
/// replayed on 127.0.0.1.</summary>
public sealed class CodeDeployStrategyTests : IDisposable
{
    private const string TaskDefinition = "arn:aws:ecs:us-east-1:123456789012:task-definition/web:8";

    private const string AppSpec = """
        version: 0.0
        Resources:
          - TargetService:
              Type: AWS::ECS::Service
              Properties:
                TaskDefinition: <TASK_DEFINITION>
                LoadBalancerInfo:
                  ContainerName: app
                  ContainerPort: 8080
        """;

    private readonly ReplayedAws _codeDeploy = new();
    private readonly AwsClients _aws;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingObserver _observer = new();

    public CodeDeployStrategyTests() => _aws = new AwsClients(_codeDeploy.Options());

    public void Dispose()
    {
        _aws.Dispose();
        _codeDeploy.Dispose();
    }

    [Fact]
    public async Task A_canary_deployment_CodeDeploy_completes_succeeds_after_reporting_its_hooks_and_traffic_AgainstReplayedCodeDeployResponses()
    {
        _codeDeploy.On("GetDeploymentGroup", Group()).On("CreateDeployment", Created)
            .On("GetDeployment", Deployment("Created"), Deployment("InProgress"), Deployment("InProgress"), Deployment("Succeeded"))
            .On("ListDeploymentTargets", Targets)
            .On("GetDeploymentTarget",
                Target(10, ("BeforeInstall", "Succeeded"), ("Install", "Succeeded"), ("AllowTraffic", "InProgress")),
                Target(100, ("BeforeInstall", "Succeeded"), ("Install", "Succeeded"), ("AllowTraffic", "Succeeded"), ("AfterAllowTraffic", "InProgress")),
                Target(100, ("BeforeInstall", "Succeeded"), ("Install", "Succeeded"), ("AllowTraffic", "Succeeded"), ("AfterAllowTraffic", "Succeeded")));
        var recorder = new DeploymentRecorder(_time);

        var outcome = await Strategy(Canary).DeployAsync(Context(recorder), CancellationToken.None);

        Assert.Equal(DeploymentStatus.Succeeded, outcome.Status);
        Assert.Contains($"deployment config {Canary}", outcome.Reasons);
        var created = Assert.Single(_codeDeploy.Sent("CreateDeployment"));
        Assert.Equal(("sample", "web", Canary), (created.GetProperty("applicationName").GetString(),
            created.GetProperty("deploymentGroupName").GetString(), created.GetProperty("deploymentConfigName").GetString()));
        var revision = created.GetProperty("revision");
        Assert.Equal("AppSpecContent", revision.GetProperty("revisionType").GetString());
        var content = revision.GetProperty("appSpecContent").GetProperty("content").GetString()!;
        Assert.Contains($"TaskDefinition: {TaskDefinition}", content);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))),
            revision.GetProperty("appSpecContent").GetProperty("sha256").GetString());
        Assert.Equal(new[] { "Created", "InProgress", "InProgress", "Succeeded" }, _observer.Of<DeploymentProgressed>().Select(p => p.Status));
        Assert.Equal("hook AllowTraffic InProgress", _observer.Of<DeploymentProgressed>().ElementAt(1).Detail);
        Assert.Equal(new[] { new TrafficWeights(90, 10), new TrafficWeights(0, 100) }, recorder.Steps.Select(step => step.Weights));
        Assert.Equal(Id, recorder.DeploymentId);
        Assert.Empty(_codeDeploy.Sent("StopDeployment"));
    }

    [Fact]
    public async Task A_failed_lifecycle_hook_stops_the_deployment_with_automatic_rollback_and_follows_the_rollback_AgainstReplayedCodeDeployResponses()
    {
        _codeDeploy.On("GetDeploymentGroup", Group()).On("CreateDeployment", Created)
            .On("GetDeployment",
                Deployment("InProgress"),
                Deployment("Stopped", extra: RolledBackBy(RollbackId, "Deployment stopped by the user; rolling back")),
                Deployment("Succeeded", id: RollbackId))
            .On("ListDeploymentTargets", Targets)
            .On("GetDeploymentTarget", Target(0, ("BeforeInstall", "Succeeded"), ("AfterAllowTestTraffic", "Failed")))
            .On("StopDeployment", """{"status":"Pending","statusMessage":"Stopping Pending. Stopping to schedule commands in the deployment instances"}""");

        var outcome = await Strategy().DeployAsync(Context(), CancellationToken.None);

        Assert.Equal(DeploymentStatus.RolledBack, outcome.Status);
        var stop = Assert.Single(_codeDeploy.Sent("StopDeployment"));
        Assert.Equal(Id, stop.GetProperty("deploymentId").GetString());
        Assert.True(stop.GetProperty("autoRollbackEnabled").GetBoolean());
        Assert.StartsWith("lifecycle event AfterAllowTestTraffic failed: ScriptFailed: The hook reported Failed", outcome.Reasons[0]);
        Assert.Contains($"rollback deployment {RollbackId} succeeded: traffic is back on the original task set", outcome.Reasons);
        Assert.Equal(RollbackId, _codeDeploy.Sent("GetDeployment")[^1].GetProperty("deploymentId").GetString());
    }

    [Fact]
    public async Task A_deployment_CodeDeploy_rolled_back_on_an_alarm_is_rolled_back_not_successful_AgainstReplayedCodeDeployResponses()
    {
        const string alarm = ""","errorInformation":{"code":"ALARM_ACTIVE","message":"One or more alarms have been activated"}""";
        _codeDeploy.On("GetDeploymentGroup", Group()).On("CreateDeployment", Created)
            .On("GetDeployment",
                Deployment("InProgress"),
                Deployment("Failed", extra: alarm + RolledBackBy(RollbackId, "Automatic rollback triggered by alarm")),
                Deployment("Succeeded", id: RollbackId))
            .On("ListDeploymentTargets", Targets)
            .On("GetDeploymentTarget", Target(10, ("AllowTraffic", "InProgress")), Target(0, ("AllowTraffic", "Succeeded")));

        var outcome = await Strategy(Canary).DeployAsync(Context(), CancellationToken.None);

        Assert.Equal(DeploymentStatus.RolledBack, outcome.Status);
        Assert.Equal($"CodeDeploy deployment {Id} failed", outcome.Reasons[0]);
        Assert.Contains("ALARM_ACTIVE: One or more alarms have been activated", outcome.Reasons);
        Assert.Contains("Automatic rollback triggered by alarm", outcome.Reasons);
        Assert.Empty(_codeDeploy.Sent("StopDeployment"));
    }

    [Fact]
    public async Task A_failed_deployment_CodeDeploy_did_not_roll_back_is_a_failure_that_says_so_AgainstReplayedCodeDeployResponses()
    {
        const string error = ""","errorInformation":{"code":"ECS_UPDATE_ERROR","message":"The ECS service cannot be updated"}""";
        _codeDeploy.On("GetDeploymentGroup", Group()).On("CreateDeployment", Created)
            .On("GetDeployment", Deployment("Failed", extra: error))
            .On("ListDeploymentTargets", """{"targetIds":[]}""");

        var outcome = await Strategy().DeployAsync(Context(), CancellationToken.None);

        Assert.Equal(DeploymentStatus.Failed, outcome.Status);
        Assert.Contains("ECS_UPDATE_ERROR: The ECS service cannot be updated", outcome.Reasons);
        Assert.StartsWith("CodeDeploy started no rollback", outcome.Reasons[^1]);
    }

    [Fact]
    public async Task A_deployment_still_running_when_the_time_is_up_is_stopped_with_automatic_rollback_AgainstReplayedCodeDeployResponses()
    {
        _codeDeploy.On("GetDeploymentGroup", Group()).On("CreateDeployment", Created)
            .On("StopDeployment", """{"status":"Succeeded","statusMessage":"Deployment stopped"}""")
            .On("GetDeployment", Deployment("Stopped"))
            .On("ListDeploymentTargets", """{"targetIds":[]}""");

        var outcome = await Strategy().DeployAsync(Context() with { Timeout = TimeSpan.Zero }, CancellationToken.None);

        Assert.Equal(DeploymentStatus.RolledBack, outcome.Status);
        Assert.Equal("timed out after 0s", outcome.Reasons[0]);
        Assert.True(Assert.Single(_codeDeploy.Sent("StopDeployment")).GetProperty("autoRollbackEnabled").GetBoolean());
    }

    [Fact]
    public async Task A_deployment_group_with_a_deployment_in_progress_is_refused_by_name_and_nothing_is_created_AgainstReplayedCodeDeployResponses()
    {
        _codeDeploy.On("GetDeploymentGroup", Group("d-ACTIVE123", "InProgress"));

        var refused = await Assert.ThrowsAsync<RolloutInProgressException>(() => Strategy().DeployAsync(Context(), CancellationToken.None));

        Assert.Contains("d-ACTIVE123 (InProgress)", refused.Message);
        Assert.Contains("--resume rollback", refused.Message);
        Assert.Empty(_codeDeploy.Sent("CreateDeployment"));
    }

    [Fact]
    public async Task An_AppSpec_for_another_task_definition_is_refused_before_any_call_AgainstReplayedCodeDeployResponses()
    {
        var strategy = new CodeDeployStrategy(_aws.CodeDeploy,
            new CodeDeployStrategyOptions("sample", "web", AppSpec.Replace("<TASK_DEFINITION>", "web:3")), _time);

        var refused = await Assert.ThrowsAsync<InvalidDataException>(() => strategy.DeployAsync(Context(), CancellationToken.None));

        Assert.StartsWith("The AppSpec (artifacts/appspec.yaml) names neither", refused.Message);
        Assert.EndsWith("run RenderTaskDef again.", refused.Message);
        Assert.Empty(_codeDeploy.Operations);
    }

    private CodeDeployStrategy Strategy(string? config = null) => new(_aws.CodeDeploy,
        new CodeDeployStrategyOptions("sample", "web", AppSpec) { DeploymentConfigName = config, PollInterval = TimeSpan.Zero }, _time);

    private DeploymentContext Context(IRolloutObserver? also = null) =>
        new("apps", "web", TaskDefinition, "sha256:5f1d0c", "tests@laptop pid 7",
            also is null ? _observer : RolloutObservers.Combine(_observer, also), TimeSpan.FromMinutes(30));
}
