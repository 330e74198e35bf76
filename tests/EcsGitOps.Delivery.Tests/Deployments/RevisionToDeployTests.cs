using System.Text.Json.Nodes;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.TaskDefinitions;
using EcsGitOps.Delivery.Tests.TaskDefinitions;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Tests.Deployments;

/// <summary>Which revision BlueGreenDeploy deploys, against moto's ECS: a rerun after a kill registers nothing new.</summary>
[Collection(MotoCollection.Name)]
public sealed class RevisionToDeployTests(MotoServer moto) : IDisposable
{
    private const string Key = "local-cluster/revision-to-deploy";
    private readonly TempDirectory _records = new();
    private readonly string _family = $"revision-{Guid.NewGuid():N}"[..20];
    private readonly List<string> _log = [];

    public void Dispose() => _records.Dispose();

    [Fact]
    public async Task The_revision_an_interrupted_rollout_was_deploying_is_deployed_again_and_nothing_is_registered()
    {
        using var aws = moto.CreateClients();
        var store = new FileRolloutStateStore(_records.Path);
        var running = await RunningAsync(aws.Ecs, "1.0.0");
        var interrupted = await RegisterAsync(aws.Ecs, "1.1.0");
        await RecordAsync(store, interrupted, RolloutPhase.Analysing);

        var chosen = await RevisionToDeploy.ChooseAsync(aws.Ecs, await DefinitionAsync("1.1.0"), running, store, Key, _log.Add, CancellationToken.None);

        Assert.Equal(interrupted, chosen);
        Assert.Equal(2, await RevisionsAsync(aws.Ecs));
        Assert.Contains(_log, line => line.Contains("which an interrupted rollout of local-cluster/revision-to-deploy was deploying"));
    }

    [Theory]
    [InlineData("1.2.0", RolloutPhase.Analysing)] // the rendered definition is another one
    [InlineData("1.1.0", RolloutPhase.RolledBack)] // the recorded rollout is over
    public async Task Otherwise_a_changed_definition_is_registered_as_a_new_revision(string rendered, RolloutPhase phase)
    {
        using var aws = moto.CreateClients();
        var store = new FileRolloutStateStore(_records.Path);
        var running = await RunningAsync(aws.Ecs, "1.0.0");
        var recorded = await RegisterAsync(aws.Ecs, "1.1.0");
        await RecordAsync(store, recorded, phase);

        var chosen = await RevisionToDeploy.ChooseAsync(aws.Ecs, await DefinitionAsync(rendered), running, store, Key, _log.Add, CancellationToken.None);

        Assert.EndsWith($":task-definition/{_family}:3", chosen);
    }

    [Fact]
    public async Task A_strategy_that_records_no_rollouts_registers_without_reading_any()
    {
        using var aws = moto.CreateClients();
        var running = await RunningAsync(aws.Ecs, "1.0.0");
        await RegisterAsync(aws.Ecs, "1.1.0");

        var chosen = await RevisionToDeploy.ChooseAsync(aws.Ecs, await DefinitionAsync("1.1.0"), running, rollouts: null, Key, _log.Add,
            CancellationToken.None);

        Assert.EndsWith($":task-definition/{_family}:3", chosen);
    }

    [Fact]
    public async Task The_running_revision_is_deployed_when_nothing_changed()
    {
        using var aws = moto.CreateClients();
        var running = await RunningAsync(aws.Ecs, "1.0.0");

        var chosen = await RevisionToDeploy.ChooseAsync(aws.Ecs, await DefinitionAsync("1.0.0"), running, new FileRolloutStateStore(_records.Path), Key,
            _log.Add, CancellationToken.None);

        Assert.Equal(running.TaskDefinitionArn, chosen);
        Assert.Equal(1, await RevisionsAsync(aws.Ecs));
    }

    /// templates/taskdef.json rendered for the version, as RenderTaskDef renders it.
    private async Task<string> DefinitionAsync(string version)
    {
        var values = SampleValues.Create();
        (values["taskFamily"], values["version"]) = (_family, version);
        var rendered = await new TaskDefinitionRenderer().RenderAsync(new(RepositoryPaths.Templates("taskdef.json"),
            RepositoryPaths.Templates("appspec.yaml"), Path.Combine(_records.Path, "artifacts", version)), values, CancellationToken.None);
        return rendered.TaskDefinitionJson;
    }

    private async Task<string> RegisterAsync(EcsClient ecs, string version) =>
        (await ecs.RegisterTaskDefinitionAsync(JsonNode.Parse(await DefinitionAsync(version))!.AsObject())).TaskDefinition!.TaskDefinitionArn!;

    private async Task<RunningRevision> RunningAsync(EcsClient ecs, string version)
    {
        var arn = await RegisterAsync(ecs, version);
        var described = await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = arn });
        return new RunningRevision(Colour.Blue, arn, described.RawTaskDefinition!.ToJsonString());
    }

    private async Task<int> RevisionsAsync(EcsClient ecs)
    {
        var revisions = 0;
        for (var revision = 1; revision < 10; revision++)
            try
            {
                await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = $"{_family}:{revision}" });
                revisions++;
            }
            catch (EcsGitOps.Aws.AwsServiceException)
            {
                break;
            }
        return revisions;
    }

    private static async Task RecordAsync(IRolloutStateStore store, string taskDefinitionArn, RolloutPhase phase)
    {
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        await using var lease = await store.OpenAsync(Key, CancellationToken.None);
        await lease.SaveAsync(new RolloutState(Key, taskDefinitionArn, "ci", ColourShift.BlueToGreen, [10, 50, 100], phase, 1,
            new TrafficWeights(50, 50), 0, now, now), CancellationToken.None);
    }
}
