using EcsGitOps.Aws;
using EcsGitOps.Build;
using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Deployments.Composition;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.LocalCloud.DataPlane;
using EcsGitOps.Delivery.TaskDefinitions;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Progress;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;

partial class Build
{
    [Parameter("Traffic router for the task-set strategy and ShiftMeshTraffic: appmesh or alb")]
    readonly string Router = "appmesh";

    [Parameter("Traffic steps as weights of the new colour, e.g. 5,25,50,100", Excludes = [nameof(StepWeight), nameof(MaxWeight)])]
    readonly string? Steps = null;

    [Parameter("Weight added to the new colour at each step")]
    readonly int? StepWeight = null;

    [Parameter("Highest weight reached by steps before promotion")]
    readonly int? MaxWeight = null;

    [Parameter("Wait between a traffic step and its analysis")]
    readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    [Parameter("Failed checks that roll the deployment back")]
    readonly int FailureThreshold = 2;

    [Parameter("CloudWatch alarms that must stay OK during the rollout")]
    readonly string[] Alarms = [];

    [Parameter("Highest 5xx rate (percent of requests) the new colour's target group may show at a step")]
    readonly double? MaxErrorRate = null;

    [Parameter("Highest p99 latency the new colour's target group may show at a step")]
    readonly TimeSpan? MaxP99Latency = null;

    [Parameter("What a metric check that finds no data in its window counts as: fail (the default) or pass")]
    readonly NoData NoData = NoData.Fail;

    [Parameter("Requests per second sent to the service during the rollout, as Flagger's load tester (default: 20 on the local cloud, else 0)")]
    readonly double? LoadRps = null;

    [Parameter("Where the load goes (default: the local cloud's service URL)")]
    readonly string? LoadUrl = null;

    [Parameter("Command run at each step (a smoke or load test); a non-zero exit counts as a failed check")]
    readonly string? CheckCommand = null;

    [Parameter("Ask on the terminal before promoting to 100%")]
    readonly bool ConfirmPromotion;

    [Parameter("How long the old task set keeps serving after promotion before it is deleted")]
    readonly TimeSpan DrainTime = TimeSpan.FromSeconds(30);

    [Parameter("How long to follow a deployment before stopping it and rolling back")]
    readonly TimeSpan DeploymentTimeout = TimeSpan.FromMinutes(30);

    [Parameter("A rollout a killed run left unfinished: continue it, or roll it back")]
    readonly ResumeMode Resume = ResumeMode.None;

    [Parameter("ECS built-in strategy for --strategy ecs: BLUE_GREEN, LINEAR or CANARY (default: the service's)")]
    readonly string? EcsStrategy = null;

    [Parameter("Capacity providers of new task sets, first as base, e.g. FARGATE FARGATE_SPOT (default: launch type FARGATE)")]
    readonly string[] CapacityProviders = [];

    [Parameter("CodeDeploy deployment configuration, e.g. CodeDeployDefault.ECSCanary10Percent5Minutes")]
    readonly string? DeploymentConfigName = null;

    string DeploymentRecordFile => Path.Combine(ArtifactsDirectory, "deployment.json");

    protected override void OnBuildInitialized()
    {
        // Bad deployment settings stop the build before anything runs or any AWS call is made (exit 2).
        Deployment.Validate();
        AppEnvironment.Parse(AppEnv);
    }

    DeploymentSettings Deployment => new()
    {
        Strategy = Strategy, Router = Router, EcsStrategy = EcsStrategy, DeploymentConfigName = DeploymentConfigName,
        MaxErrorRate = MaxErrorRate, MaxP99Latency = MaxP99Latency, DrainTime = DrainTime, DeploymentTimeout = DeploymentTimeout,
        Colour = Color, Alarms = Alarms, CheckCommand = CheckCommand, CapacityProviders = CapacityProviders, OnLocalCloud = IsLocalCloud,
        Rollout = new(RolloutPlan.Parse(StepWeight, MaxWeight, Steps), Interval, FailureThreshold), NoDataPasses = NoData == NoData.Pass,
    };

    DeploymentComposer Composer(AwsClients aws, IReadOnlyDictionary<string, string> outputs, LocalAgentClient? agent = null) =>
        new(aws, new ServiceOutputs(outputs), Deployment, TimeProvider.System, Log.Warning, agent);

    Target BlueGreenDeploy => _ => _
        .Description("Deploys the rendered task definition to the idle colour (--strategy) and reports the true outcome")
        .DependsOn(RenderTaskDef)
        .Executes(async ct =>
        {
            var aws = await AwsAsync(ct);
            var outputs = await StackOutputsAsync(ct);
            var image = await ImageArtifact.ReadAsync(ImageArtifactFile, ct);
            var running = await RunningRevisionAsync(aws, outputs, ct);
            var local = IsLocalCloud ? await LocalCloudAsync(ct) : null;
            var agent = local?.Agent;
            if (agent is not null)
                await agent.ServeAsync(DataPlaneService.FromStackOutputs(outputs, TrafficRouterKind.Parse(Router)), ct);
            var composer = Composer(aws, outputs, agent);
            var kind = composer.Kind;

            var cluster = Output(outputs, "ClusterName");
            var store = await RolloutStoreAsync(aws, ct);
            var rendered = await RenderedTaskDefinition.ReadTaskDefinitionAsync(Path.Combine(ArtifactsDirectory, "taskdef.json"), ct);
            // Only the task-set strategy records its rollouts; the others are followed through ECS or CodeDeploy.
            var taskDefinitionArn = await RevisionToDeploy.ChooseAsync(aws.Ecs, rendered, running,
                kind == DeploymentStrategyKind.TaskSet ? store : null, $"{cluster}/{ServiceName}", Log.Information, ct);
            var canary = (await LiveColourAsync(running, ct))?.Other() ?? Colour.Blue;
            var strategy = await composer.StrategyAsync(canary, store, PromotionGates, Path.Combine(ArtifactsDirectory, "appspec.yaml"), ct);
            var recorder = new DeploymentRecorder(TimeProvider.System);
            var load = RolloutLoad(local?.ServiceUrl);
            var context = new DeploymentContext(cluster, ServiceName, taskDefinitionArn, image.Digest!,
                Environment.UserName, RolloutObservers.Combine(recorder, new TrafficProgressRenderer(new LogWriter(Log), isTerminal: false), load ?? RolloutObservers.None),
                DeploymentTimeout, Resume);
            var outcome = await strategy.DeployAsync(context, ct);
            if (load is not null)
            {
                await load.DisposeAsync();
                if (load.Stats is { } sent)
                    ReportSummary("Load", $"{sent} at {load.RequestsPerSecond} requests/s");
            }
            if (local?.ServiceUrl is { } serviceUrl)
                ReportSummary("Service", serviceUrl.ToString());
            TrafficShiftedByBlueGreenDeploy = kind == DeploymentStrategyKind.TaskSet;
            if (TrafficShiftedByBlueGreenDeploy)
                ReportSummary("Weights", await WeightsNowAsync(composer.Router, ct));

            // A run that changed nothing keeps the record of the deployment that put the running revision there.
            if (recorder.Steps.Count > 0 || !outcome.IsSuccess)
            {
                var record = recorder.ToRecord(ServiceName, kind, image.Digest!, taskDefinitionArn, outcome);
                if (composer.StepTraffic() is { } traffic)
                    record = await traffic.AddToAsync(record, ct);
                await ReportDeploymentAsync(record, ct);
            }
            ReportSummary("Outcome", outcome.ToString());
            if (!outcome.IsSuccess)
                throw new InvalidOperationException($"Deployment of {ServiceName} {outcome}: see artifacts/deployment.md.");
        });

    double DefaultLoadRps => IsLocalCloud ? 20 : 0;

    /// Traffic for the analysis to judge where no user sends any: --load-url, or the local cloud's service.
    RolloutLoad? RolloutLoad(Uri? localServiceUrl)
    {
        var rps = LoadRps ?? DefaultLoadRps;
        var url = LoadUrl is not null ? new Uri(LoadUrl) : localServiceUrl;
        if (rps <= 0 || url is null)
            return null;
        Log.Information($"During a rollout, {rps} requests/s go to {url}");
        return new RolloutLoad(LoadHttp, url, rps, TimeProvider.System);
    }

    static readonly HttpClient LoadHttp = new() { Timeout = TimeSpan.FromSeconds(10) };

    Target ShiftMeshTraffic => _ => _
        .Description("Shifts traffic from the live colour to the other step by step, with analysis; promotes or rolls back")
        .DependsOn(BlueGreenDeploy)
        .OnlyWhenDynamic(() => !TrafficShiftedByBlueGreenDeploy)
        .Executes(async ct =>
        {
            var aws = await AwsAsync(ct);
            var outputs = await StackOutputsAsync(ct);
            var composer = Composer(aws, outputs);
            var router = composer.Router;
            var store = await RolloutStoreAsync(aws, ct);
            var key = $"{Output(outputs, "ClusterName")}/{ServiceName}";
            var (colours, deploymentId) = await MeshShift.PlanAsync(store, key, await router.GetWeightsAsync(ct), Resume, TimeProvider.System, ct);
            var loop = new RolloutLoop(router, store, TimeProvider.System, new TrafficProgressRenderer(new LogWriter(Log), isTerminal: false));
            var result = await loop.RunAsync(new RolloutRequest(key, deploymentId, Environment.UserName, colours, Deployment.Rollout,
                await composer.ChecksAsync(colours.To, ct), PromotionGates, Resume), ct);

            ReportSummary("Weights", $"{result.Weights}");
            if (!result.Succeeded)
                throw new InvalidOperationException($"Traffic shift to {colours.To} {result.Phase}: {result.Reason}");
        });

    /// The router's weights for the summary; a router that no longer answers must not replace the deployment's own outcome.
    async Task<string> WeightsNowAsync(ITrafficRouter router, CancellationToken ct)
    {
        try
        {
            return (await router.GetWeightsAsync(ct)).ToString();
        }
        catch (Exception e) when (e is AwsServiceException or HttpRequestException or InvalidOperationException)
        {
            Log.Warning($"The route's weights could not be read for the summary: {e.Message}");
            return "unknown (the route could not be read)";
        }
    }

    /// The task-set strategy runs the traffic shift and its analysis inside BlueGreenDeploy.
    bool TrafficShiftedByBlueGreenDeploy;

    /// On AWS the rollout is recorded in the service's tags, so every machine that deploys it sees the same lease (as
    /// Flagger keeps its state in the cluster); on the local cloud in a file that lives and dies with that cloud.
    async Task<IRolloutStateStore> RolloutStoreAsync(AwsClients aws, CancellationToken ct) => IsLocalCloud
        ? new FileRolloutStateStore((await LocalCloudAsync(ct)).RolloutDirectory)
        : new EcsServiceTagStateStore(aws.Ecs, TimeProvider.System);

    IReadOnlyList<IPromotionGate> PromotionGates => ConfirmPromotion
        ? [ManualApprovalGate.Create(new TextConfirmationPrompt(Console.In, Console.Out, !Console.IsInputRedirected))]
        : [];

    async Task ReportDeploymentAsync(DeploymentRecord record, CancellationToken ct)
    {
        // A first deployment moves no traffic between colours: nothing to tabulate.
        if (record.Colours is not null)
            foreach (var line in StepTrafficTable.Lines(record))
                Log.Information(line);
        if (DeploymentReport.NoDataWarning(record) is { } warning)
        {
            Log.Warning(warning);
            ReportSummary("Warning", warning);
        }
        await record.WriteAsync(DeploymentRecordFile, ct);
        await DeploymentReport.WriteAsync(record, Path.Combine(ArtifactsDirectory, "deployment.md"), ct);
        if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
            await DeploymentReport.AppendAsync(record, summary, ct);
    }
}
