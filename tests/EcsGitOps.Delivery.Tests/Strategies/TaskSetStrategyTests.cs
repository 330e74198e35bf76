using EcsGitOps.Aws;
using EcsGitOps.Aws.AppMesh;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Deployments.Strategies;
using EcsGitOps.Delivery.Tests.Strategies.Support;
using EcsGitOps.Delivery.Tests.Support;
using EcsGitOps.Delivery.Tests.Traffic.Doubles;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;
using Microsoft.Extensions.Time.Testing;
using PortMapping = EcsGitOps.Aws.AppMesh.PortMapping;
using Tag = EcsGitOps.Aws.Ecs.Tag;

namespace EcsGitOps.Delivery.Tests.Strategies;

/// <summary>The task-set strategy end to end against moto: ECS task sets of an EXTERNAL service and an App Mesh route.</summary>
public sealed class TaskSetStrategyTests(MotoServer moto) : IClassFixture<MotoServer>, IAsyncLifetime
{
    private const string Cluster = "apps";
    private const string Service = "web";

    private readonly AwsClients _aws = new(moto.Options());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly string _records = Directory.CreateTempSubdirectory("ecsgitops-rollouts-").FullName;
    private MeshRouter _router = null!;
    private string _v1 = "", _v2 = "", _v3 = "";

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        await moto.Cli.JsonAsync("ecs", "create-cluster", "--cluster-name", Cluster);
        (_v1, _v2, _v3) = (await RegisterAsync(), await RegisterAsync(), await RegisterAsync());
        await moto.Cli.JsonAsync("ecs", "create-service", "--cluster", Cluster, "--service-name", Service, "--desired-count", "2",
            "--deployment-controller", "type=EXTERNAL");
        // ECS makes a service's first task set primary by itself; moto leaves that to the caller.
        await _aws.Ecs.UpdateServicePrimaryTaskSetAsync(new()
        {
            Cluster = Cluster, Service = Service, PrimaryTaskSet = (await CreateTaskSetAsync(_v1, "blue")).TaskSetArn!,
        });
        await SeedMeshAsync();
        _router = new MeshRouter(_aws.AppMesh, "apps", "web", "web");
    }

    public Task DisposeAsync()
    {
        _aws.Dispose();
        Directory.Delete(_records, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Deploying_a_new_task_definition_makes_green_primary_deletes_blue_and_puts_all_traffic_on_green()
    {
        var recorder = new DeploymentRecorder(_time);

        var outcome = await Strategy().DeployAsync(Context(_v2, recorder), CancellationToken.None);

        Assert.Equal(DeploymentStatus.Succeeded, outcome.Status);
        var only = Assert.Single(await TaskSetsAsync());
        Assert.Equal(("green", "PRIMARY", _v2), (only.ExternalId, only.Status, only.TaskDefinition));
        Assert.Equal(new[] { 0, 100 }, await RouteWeightsFromCliAsync());
        var steps = recorder.Steps;
        Assert.Equal(new[] { new TrafficWeights(50, 50), new TrafficWeights(0, 100) },
            steps.Where(step => step.Kind == DeploymentStepKind.Traffic).Select(step => step.Weights));
        Assert.Contains(steps, step => step.Kind == DeploymentStepKind.Promotion);
        Assert.Equal(ColourShift.BlueToGreen, recorder.Colours);
        Assert.Equal(only.Id, recorder.DeploymentId);
    }

    [Fact]
    public async Task The_old_task_set_keeps_running_for_the_drain_time_after_green_became_primary_and_is_deleted_after_it()
    {
        var draining = new DrainingObserver();
        var strategy = new TaskSetStrategy(_aws.Ecs, Options() with { DrainTime = TimeSpan.FromSeconds(30) }, _time);

        var deploying = strategy.DeployAsync(Context(_v2, draining), CancellationToken.None);
        if (await Task.WhenAny(draining.Started, deploying) == deploying)
            Assert.Fail($"the deployment ended before the old task set drained: {await deploying}");

        var during = await TaskSetsAsync();
        Assert.Equal(2, during.Count);
        Assert.Equal("green", Assert.Single(during, taskSet => taskSet.Status == "PRIMARY").ExternalId);
        for (var advances = 0; !deploying.IsCompleted && advances < 100; advances++)
        {
            _time.Advance(TimeSpan.FromSeconds(30));
            await Task.WhenAny(deploying, Task.Delay(50));
        }
        Assert.True((await deploying).IsSuccess);
        Assert.Equal("green", Assert.Single(await TaskSetsAsync()).ExternalId);
    }

    [Fact]
    public async Task Deploying_the_task_definition_the_primary_task_set_runs_changes_nothing_and_says_it_is_already_deployed()
    {
        await Strategy().DeployAsync(Context(_v2), CancellationToken.None);
        var before = Assert.Single(await TaskSetsAsync());

        var outcome = await Strategy().DeployAsync(Context(_v2), CancellationToken.None);

        Assert.True(outcome.IsSuccess);
        Assert.StartsWith("already deployed:", Assert.Single(outcome.Reasons));
        var after = Assert.Single(await TaskSetsAsync());
        Assert.Equal(before.TaskSetArn, after.TaskSetArn);
        Assert.Equal(new TrafficWeights(0, 100), await _router.GetWeightsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_check_rolls_back_leaving_blue_primary_green_deleted_and_all_traffic_on_blue()
    {
        var recorder = new DeploymentRecorder(_time);

        var outcome = await Strategy(ScriptedCheck.FailingFrom(50)).DeployAsync(Context(_v3, recorder), CancellationToken.None);

        Assert.Equal(DeploymentStatus.RolledBack, outcome.Status);
        Assert.Contains(outcome.Reasons, reason => reason.Contains("green task set") && reason.EndsWith("was deleted"));
        var only = Assert.Single(await TaskSetsAsync());
        Assert.Equal(("blue", "PRIMARY", _v1), (only.ExternalId, only.Status, only.TaskDefinition));
        Assert.Equal(new[] { 100, 0 }, await RouteWeightsFromCliAsync());
        Assert.Equal(DeploymentStepKind.Rollback, recorder.Steps[^1].Kind);
    }

    [Fact]
    public async Task A_green_task_set_an_interrupted_run_left_is_taken_off_traffic_and_deleted_before_another_revision_is_deployed()
    {
        var leftover = await CreateTaskSetAsync(_v2, "green");
        await _router.SetWeightsAsync(new TrafficWeights(50, 50), CancellationToken.None);
        var recorder = new RecordingObserver();

        var outcome = await Strategy().DeployAsync(Context(_v3, recorder), CancellationToken.None);

        Assert.True(outcome.IsSuccess, outcome.ToString());
        var only = Assert.Single(await TaskSetsAsync());
        Assert.NotEqual(leftover.TaskSetArn, only.TaskSetArn);
        Assert.Equal(("green", "PRIMARY", _v3), (only.ExternalId, only.Status, only.TaskDefinition));
        var progress = recorder.Of<DeploymentProgressed>().ToList();
        Assert.Contains(progress, p => p.Status == "TRAFFIC_RESET" && p.Weights == TrafficWeights.AllOn(Colour.Blue));
        Assert.Contains(progress, p => p.Status == "DELETED" && p.Detail!.Contains(leftover.Id!));
    }

    [Fact]
    public async Task A_run_killed_mid_rollout_is_refused_without_resume_and_with_resume_continues_on_the_green_task_set_it_left()
    {
        var leftover = await InterruptedRolloutAsync();

        var refused = await Assert.ThrowsAsync<RolloutInProgressException>(
            () => Strategy().DeployAsync(Context(_v2), CancellationToken.None));
        Assert.Contains("ci run 41", refused.Message);
        Assert.Contains("--resume", refused.Message);
        Assert.Equal(2, (await TaskSetsAsync()).Count);

        var outcome = await Strategy().DeployAsync(Context(_v2, resume: ResumeMode.Continue), CancellationToken.None);

        Assert.True(outcome.IsSuccess, outcome.ToString());
        var only = Assert.Single(await TaskSetsAsync());
        Assert.Equal((leftover.TaskSetArn, "PRIMARY"), (only.TaskSetArn, only.Status));
        Assert.Equal(new TrafficWeights(0, 100), await _router.GetWeightsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Resume_rollback_puts_all_traffic_back_on_blue_and_deletes_the_green_task_set_of_the_interrupted_run()
    {
        await InterruptedRolloutAsync();

        var outcome = await Strategy().DeployAsync(Context(_v2, resume: ResumeMode.RollBack), CancellationToken.None);

        Assert.Equal(DeploymentStatus.RolledBack, outcome.Status);
        var only = Assert.Single(await TaskSetsAsync());
        Assert.Equal(("blue", "PRIMARY", _v1), (only.ExternalId, only.Status, only.TaskDefinition));
        Assert.Equal(new[] { 100, 0 }, await RouteWeightsFromCliAsync());
    }

    [Fact]
    public async Task A_second_deployment_while_another_run_holds_the_service_is_refused_at_once_and_creates_nothing()
    {
        await using var other = await new FileRolloutStateStore(_records).OpenAsync($"{Cluster}/{Service}", CancellationToken.None);

        var refused = await Assert.ThrowsAsync<RolloutInProgressException>(
            () => Strategy().DeployAsync(Context(_v2), CancellationToken.None));

        Assert.Contains("another run", refused.Message);
        Assert.Single(await TaskSetsAsync());
    }

    [Fact]
    public async Task A_service_without_the_external_deployment_controller_fails_naming_the_strategy_to_use_instead()
    {
        await moto.Cli.JsonAsync("ecs", "create-service", "--cluster", Cluster, "--service-name", "api", "--task-definition", _v1,
            "--desired-count", "1");

        var outcome = await Strategy().DeployAsync(Context(_v2) with { Service = "api" }, CancellationToken.None);

        Assert.Equal(DeploymentStatus.Failed, outcome.Status);
        Assert.Contains("--strategy ecs", Assert.Single(outcome.Reasons));
    }

    private TaskSetStrategy Strategy(params IAnalysisCheck[] checks) => new(_aws.Ecs, Options(checks), _time);

    private TaskSetStrategyOptions Options(params IAnalysisCheck[] checks) =>
        new(_router, new FileRolloutStateStore(_records), new RolloutSettings(RolloutPlan.FromSteps("50"), TimeSpan.Zero, failureThreshold: 1))
        {
            Checks = checks.Length == 0 ? [ScriptedCheck.Passing()] : checks,
            DrainTime = TimeSpan.Zero,
            PollInterval = TimeSpan.Zero,
        };

    private static DeploymentContext Context(
        string taskDefinition, IRolloutObserver? observer = null, ResumeMode resume = ResumeMode.None) =>
        new(Cluster, Service, taskDefinition, "sha256:5f1d0c", "tests@laptop pid 7", observer ?? new RecordingObserver(),
            TimeSpan.FromMinutes(30), resume);

    /// <summary>What a run killed at its first step leaves: a green task set, the route half on it, and its record.</summary>
    private async Task<TaskSet> InterruptedRolloutAsync()
    {
        var leftover = await CreateTaskSetAsync(_v2, "green");
        var half = new TrafficWeights(50, 50);
        await _router.SetWeightsAsync(half, CancellationToken.None);
        var at = _time.GetUtcNow();
        await using var lease = await new FileRolloutStateStore(_records).OpenAsync($"{Cluster}/{Service}", CancellationToken.None);
        await lease.SaveAsync(new RolloutState($"{Cluster}/{Service}", _v2, "ci run 41", ColourShift.BlueToGreen, [50, 100],
            RolloutPhase.Analysing, 0, half, 0, at, at), CancellationToken.None);
        return leftover;
    }

    private async Task<string> RegisterAsync() => (await _aws.Ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
    {
        // moto fails task sets of awsvpc task definitions, so these use bridge networking.
        Family = "web",
        ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "repo/web@sha256:5f1d0c", Memory = 128 }],
    })).TaskDefinition!.TaskDefinitionArn!;

    private async Task<TaskSet> CreateTaskSetAsync(string taskDefinition, string externalId) =>
        (await _aws.Ecs.CreateTaskSetAsync(new()
        {
            Cluster = Cluster, Service = Service, TaskDefinition = taskDefinition, ExternalId = externalId, LaunchType = "FARGATE",
            Scale = new Scale { Value = 100, Unit = "PERCENT" }, Tags = [new Tag { Key = "team", Value = "web" }],
        })).TaskSet!;

    private async Task<IReadOnlyList<TaskSet>> TaskSetsAsync() =>
        (await _aws.Ecs.DescribeTaskSetsAsync(new() { Cluster = Cluster, Service = Service })).TaskSets ?? [];

    private async Task<int[]> RouteWeightsFromCliAsync()
    {
        var route = await moto.Cli.JsonAsync("appmesh", "describe-route", "--mesh-name", "apps", "--virtual-router-name", "web",
            "--route-name", "web");
        var targets = route.GetProperty("route").GetProperty("spec").GetProperty("httpRoute").GetProperty("action")
            .GetProperty("weightedTargets").EnumerateArray().ToList();
        return [.. new[] { Colour.Blue, Colour.Green }.Select(colour =>
            targets.Single(target => target.GetProperty("virtualNode").GetString() == MeshRouter.Node(colour)).GetProperty("weight").GetInt32())];
    }

    private async Task SeedMeshAsync()
    {
        await _aws.AppMesh.CreateMeshAsync(new() { MeshName = "apps" });
        foreach (var colour in new[] { Colour.Blue, Colour.Green })
            await _aws.AppMesh.CreateVirtualNodeAsync(new()
            {
                MeshName = "apps", VirtualNodeName = MeshRouter.Node(colour),
                Spec = new VirtualNodeSpec
                {
                    Listeners = [new Listener { PortMapping = new PortMapping { Port = 8080, Protocol = "http" } }],
                    ServiceDiscovery = new ServiceDiscovery { Dns = new DnsServiceDiscovery { Hostname = $"{MeshRouter.Node(colour)}.apps.local" } },
                },
            });
        await _aws.AppMesh.CreateVirtualRouterAsync(new()
        {
            MeshName = "apps", VirtualRouterName = "web",
            Spec = new VirtualRouterSpec { Listeners = [new VirtualRouterListener { PortMapping = new PortMapping { Port = 8080, Protocol = "http" } }] },
        });
        await _aws.AppMesh.CreateRouteAsync(new()
        {
            MeshName = "apps", VirtualRouterName = "web", RouteName = "web",
            Spec = new RouteSpec
            {
                HttpRoute = new HttpRoute { Match = new HttpRouteMatch { Prefix = "/" }, Action = MeshRouter.Action(TrafficWeights.AllOn(Colour.Blue)) },
            },
        });
    }

    /// <summary>Lets the test look at the task sets while the old one drains.</summary>
    private sealed class DrainingObserver : IRolloutObserver
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public void OnEvent(RolloutEvent rolloutEvent)
        {
            if (rolloutEvent is DeploymentProgressed { Status: "DRAINING" })
                _started.TrySetResult();
        }
    }
}
