using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Deployments.Strategies;
using EcsGitOps.Delivery.Tests.Strategies.Support;
using EcsGitOps.Delivery.Tests.Traffic.Doubles;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;
using Microsoft.Extensions.Time.Testing;
using static EcsGitOps.Delivery.Tests.Strategies.EcsWire;

namespace EcsGitOps.Delivery.Tests.Strategies;

/// <summary>moto has no service deployments: the ecs strategy follows ECS's real JSON 1.1 answers replayed on 127.0.0.1.</summary>
public sealed class EcsStrategyTests : IDisposable
{
    private readonly ReplayedAws _ecs = new();
    private readonly AwsClients _aws;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingObserver _observer = new();

    public EcsStrategyTests() => _aws = new AwsClients(_ecs.Options());

    public void Dispose()
    {
        _aws.Dispose();
        _ecs.Dispose();
    }

    [Fact]
    public async Task A_canary_deployment_ECS_completes_succeeds_and_reports_each_stage_and_traffic_shift_AgainstReplayedEcsResponses()
    {
        _ecs.On("DescribeServices", Services(Current)).On("ListServiceDeployments", NoDeployments).On("UpdateService", Updated)
            .On("DescribeServiceDeployments",
                Deployed("IN_PROGRESS", "SCALE_UP", 0, 0),
                Deployed("IN_PROGRESS", "PRODUCTION_TRAFFIC_SHIFT", 2, 10),
                Deployed("IN_PROGRESS", "PRODUCTION_TRAFFIC_SHIFT", 2, 100),
                Deployed("IN_PROGRESS", "BAKE_TIME", 2, 100),
                Deployed("SUCCESSFUL", "CLEAN_UP", 2, 100));
        var recorder = new DeploymentRecorder(_time);
        var options = new EcsStrategyOptions
        {
            Strategy = "CANARY", Canary = new CanaryConfiguration { CanaryPercent = 10, CanaryBakeTimeInMinutes = 5 }, PollInterval = TimeSpan.Zero,
        };

        var outcome = await new EcsStrategy(_aws.Ecs, options, _time).DeployAsync(Context(recorder), CancellationToken.None);

        Assert.Equal(DeploymentStatus.Succeeded, outcome.Status);
        Assert.Contains(DeploymentArn, outcome.Reasons[0]);
        var update = Assert.Single(_ecs.Sent("UpdateService"));
        Assert.Equal(Next, update.GetProperty("taskDefinition").GetString());
        var configuration = update.GetProperty("deploymentConfiguration");
        Assert.Equal("CANARY", configuration.GetProperty("strategy").GetString());
        Assert.Equal(10, configuration.GetProperty("canaryConfiguration").GetProperty("canaryPercent").GetDouble());
        Assert.Equal(200, configuration.GetProperty("maximumPercent").GetInt32());
        Assert.Equal(new[] { "SCALE_UP", "PRODUCTION_TRAFFIC_SHIFT", "PRODUCTION_TRAFFIC_SHIFT", "BAKE_TIME", "CLEAN_UP" },
            _observer.Of<DeploymentProgressed>().Select(p => p.Detail!.Split(',')[0]));
        Assert.Equal(new[] { new TrafficWeights(100, 0), new TrafficWeights(90, 10), new TrafficWeights(0, 100) },
            recorder.Steps.Select(step => step.Weights));
        Assert.Equal(DeploymentArn, recorder.DeploymentId);
    }

    [Fact]
    public async Task A_deployment_ECS_rolled_back_is_rolled_back_not_successful_and_names_why_its_tasks_stopped_AgainstReplayedEcsResponses()
    {
        _ecs.On("DescribeServices", Services(Current)).On("ListServiceDeployments", NoDeployments).On("UpdateService", Updated)
            .On("DescribeServiceDeployments",
                Deployed("IN_PROGRESS", "SCALE_UP", 1),
                Deployed("ROLLBACK_IN_PROGRESS", "RECONCILE_SERVICE", 0),
                RolledBack("ROLLBACK_SUCCESSFUL"))
            .On("ListTasks", StoppedTaskArns).On("DescribeTasks", StoppedTaskBodies);

        var outcome = await Strategy().DeployAsync(Context(), CancellationToken.None);

        Assert.Equal(DeploymentStatus.RolledBack, outcome.Status);
        Assert.False(outcome.IsSuccess);
        Assert.Contains($"ECS rolled back service deployment {DeploymentArn}", outcome.Reasons);
        Assert.Contains("rollback: Circuit breaker threshold exceeded", outcome.Reasons);
        Assert.Contains("circuit breaker triggered: 3 failed tasks (threshold 3)", outcome.Reasons);
        Assert.Contains("2 tasks stopped (latest 1b2c3d4e5f): Essential container in task exited (app exited with 1)", outcome.Reasons);
        Assert.DoesNotContain(outcome.Reasons, reason => reason.Contains("Scaling activity"));
        var listed = Assert.Single(_ecs.Sent("ListTasks"));
        Assert.Equal(("STOPPED", "web"), (listed.GetProperty("desiredStatus").GetString(), listed.GetProperty("serviceName").GetString()));
        Assert.Empty(_ecs.Sent("StopServiceDeployment"));
        Assert.Equal(new[] { "IN_PROGRESS", "ROLLBACK_IN_PROGRESS", "ROLLBACK_SUCCESSFUL" }, _observer.Of<DeploymentProgressed>().Select(p => p.Status));
    }

    [Fact]
    public async Task A_deployment_whose_rollback_failed_is_a_failure_AgainstReplayedEcsResponses()
    {
        _ecs.On("DescribeServices", Services(Current)).On("ListServiceDeployments", NoDeployments).On("UpdateService", Updated)
            .On("DescribeServiceDeployments", RolledBack("ROLLBACK_FAILED"))
            .On("ListTasks", """{"taskArns":[]}""");

        var outcome = await Strategy().DeployAsync(Context(), CancellationToken.None);

        Assert.Equal(DeploymentStatus.Failed, outcome.Status);
        Assert.StartsWith("ECS could not roll back service deployment", outcome.Reasons[0]);
    }

    [Fact]
    public async Task A_deployment_still_running_when_the_time_is_up_is_stopped_with_a_rollback_followed_to_its_end_AgainstReplayedEcsResponses()
    {
        _ecs.On("DescribeServices", Services(Current)).On("ListServiceDeployments", NoDeployments).On("UpdateService", Updated)
            .On("StopServiceDeployment", $$"""{"serviceDeploymentArn":"{{DeploymentArn}}"}""")
            .On("DescribeServiceDeployments", RolledBack("ROLLBACK_SUCCESSFUL"))
            .On("ListTasks", """{"taskArns":[]}""");

        var outcome = await Strategy().DeployAsync(Context() with { Timeout = TimeSpan.Zero }, CancellationToken.None);

        Assert.Equal(DeploymentStatus.RolledBack, outcome.Status);
        Assert.Equal("timed out after 0s", outcome.Reasons[0]);
        var stop = Assert.Single(_ecs.Sent("StopServiceDeployment"));
        Assert.Equal((DeploymentArn, "ROLLBACK"), (stop.GetProperty("serviceDeploymentArn").GetString(), stop.GetProperty("stopType").GetString()));
    }

    [Fact]
    public async Task A_deployment_already_in_progress_is_refused_by_name_and_the_service_is_not_updated_AgainstReplayedEcsResponses()
    {
        _ecs.On("DescribeServices", Services(Current)).On("ListServiceDeployments", InProgressDeployments);

        var refused = await Assert.ThrowsAsync<RolloutInProgressException>(() => Strategy().DeployAsync(Context(), CancellationToken.None));

        Assert.Contains(DeploymentArn, refused.Message);
        Assert.Contains("--resume", refused.Message);
        Assert.Empty(_ecs.Sent("UpdateService"));
        var query = Assert.Single(_ecs.Sent("ListServiceDeployments"));
        Assert.Contains("IN_PROGRESS", query.GetProperty("status").EnumerateArray().Select(status => status.GetString()));
    }

    [Fact]
    public async Task Resume_rollback_stops_the_deployment_in_progress_and_reports_its_rollback_AgainstReplayedEcsResponses()
    {
        _ecs.On("DescribeServices", Services(Current)).On("ListServiceDeployments", InProgressDeployments)
            .On("StopServiceDeployment", $$"""{"serviceDeploymentArn":"{{DeploymentArn}}"}""")
            .On("DescribeServiceDeployments", RolledBack("ROLLBACK_SUCCESSFUL"))
            .On("ListTasks", """{"taskArns":[]}""");

        var outcome = await Strategy().DeployAsync(Context() with { Resume = ResumeMode.RollBack }, CancellationToken.None);

        Assert.Equal(DeploymentStatus.RolledBack, outcome.Status);
        Assert.Single(_ecs.Sent("StopServiceDeployment"));
        Assert.Empty(_ecs.Sent("UpdateService"));
    }

    [Fact]
    public async Task Deploying_the_service_s_current_task_definition_changes_nothing_AgainstReplayedEcsResponses()
    {
        _ecs.On("DescribeServices", Services(Next)).On("ListServiceDeployments", NoDeployments);

        var outcome = await Strategy().DeployAsync(Context(), CancellationToken.None);

        Assert.True(outcome.IsSuccess);
        Assert.StartsWith("already deployed:", Assert.Single(outcome.Reasons));
        Assert.Equal(new[] { "DescribeServices", "ListServiceDeployments" }, _ecs.Operations);
    }

    [Fact]
    public async Task A_service_with_the_external_controller_fails_naming_the_task_set_strategy_AgainstReplayedEcsResponses()
    {
        _ecs.On("DescribeServices", Services(Current, controller: "EXTERNAL"));

        var outcome = await Strategy().DeployAsync(Context(), CancellationToken.None);

        Assert.Equal(DeploymentStatus.Failed, outcome.Status);
        Assert.Contains("--strategy task-set", Assert.Single(outcome.Reasons));
    }

    [Fact]
    public void An_unknown_ECS_deployment_strategy_is_refused_before_any_call()
    {
        var refused = Assert.Throws<InvalidOptionException>(() => new EcsStrategy(_aws.Ecs, new EcsStrategyOptions { Strategy = "SLOW" }, _time));

        Assert.Equal("--ecs-strategy SLOW: use BLUE_GREEN, LINEAR, CANARY", refused.Message);
        Assert.Empty(_ecs.Operations);
    }

    private EcsStrategy Strategy() => new(_aws.Ecs, new EcsStrategyOptions { PollInterval = TimeSpan.Zero }, _time);

    private DeploymentContext Context(IRolloutObserver? also = null) =>
        new("apps", "web", Next, "sha256:5f1d0c", "tests@laptop pid 7",
            also is null ? _observer : RolloutObservers.Combine(_observer, also), TimeSpan.FromMinutes(30));
}
