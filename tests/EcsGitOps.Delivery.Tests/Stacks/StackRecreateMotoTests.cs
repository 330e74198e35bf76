using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudFormation;
using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Stacks.Fixtures;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Stacks;

/// <summary>
/// Recreate mode on moto, whose change sets register no exports and whose updates drop outputs: a queue stack that
/// exports its queue's name, and a stack whose queue is named after that import.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class StackRecreateMotoTests(MotoServer moto)
{
    readonly RecordingProgress progress = new();
    readonly string exporter = UniqueName("exporter");
    readonly string importer = UniqueName("importer");

    [Fact]
    public async Task AnExporterAndItsImporterAreCreatedWithTheirOutputsAndExports()
    {
        var results = await Deployer().DeployAsync(Waves("first"));

        Assert.Equal([(exporter, StackAction.Created, "CREATE_COMPLETE"), (importer, StackAction.Created, "CREATE_COMPLETE")],
            results.Select(r => (r.StackName, r.Action, r.Status)));
        Assert.Equal($"{exporter}-first", results[0].Outputs["QueueName"]);
        Assert.Equal($"{exporter}-first-copy", results[1].Outputs["CopyName"]);
        Assert.Equal($"{exporter}-first", (await ExportsAsync())[Export]);
        Assert.Equal(1, results[0].Changes);
    }

    [Fact]
    public async Task ASecondRunWithTheSameSpecsIsUpToDateAndWritesNothing()
    {
        await Deployer().DeployAsync(Waves("same"));
        var before = await StateAsync();
        var again = new RecordingProgress();

        var results = await Deployer(progress: again).DeployAsync(Waves("same"));

        Assert.All(results, r => Assert.Equal((StackAction.UpToDate, "CREATE_COMPLETE", 0), (r.Action, r.Status, r.Changes)));
        Assert.Equal($"{exporter}-same-copy", results[1].Outputs["CopyName"]);
        Assert.Equal(before, await StateAsync());
        Assert.Equal(["no changes: up to date"], again.Notes(exporter));
        Assert.Equal(["no changes: up to date"], again.Notes(importer));
        Assert.Empty(again.Events(exporter));
    }

    [Fact]
    public async Task AChangedParameterReplacesTheStackAndTheStacksImportingItsExports()
    {
        await Deployer().DeployAsync(Waves("old"));
        var before = await StateAsync();

        var results = await Deployer().DeployAsync(Waves("new"));

        Assert.Equal([(exporter, StackAction.Updated, "CREATE_COMPLETE"), (importer, StackAction.Updated, "CREATE_COMPLETE")],
            results.Select(r => (r.StackName, r.Action, r.Status)));
        var after = await StateAsync();
        Assert.NotEqual(before.Exporter.Id, after.Exporter.Id);
        Assert.NotEqual(before.Importer.Id, after.Importer.Id);
        Assert.Equal($"{exporter}-new-copy", results[1].Outputs["CopyName"]);
        Assert.Equal($"{exporter}-new", (await ExportsAsync())[Export]);
        Assert.Contains("replacing (parameter QueueName changed): the local cloud cannot update a stack in place", progress.Notes(exporter));
        Assert.Contains($"replacing (it imports {Export}, which a stack created again in this run exports): the local cloud cannot update a stack in place",
            progress.Notes(importer));
    }

    [Fact]
    public async Task AChangedTemplateReplacesTheStack()
    {
        await Deployer().DeployAsync(ExporterSpec("queue"));
        var before = await DescribeAsync(exporter);

        var result = await Deployer().DeployAsync(ExporterSpec("queue", visibilityTimeout: 90));

        Assert.Equal((StackAction.Updated, "CREATE_COMPLETE"), (result.Action, result.Status));
        Assert.NotEqual(before!.StackId, (await DescribeAsync(exporter))!.StackId);
        Assert.Contains("replacing (template changed): the local cloud cannot update a stack in place", progress.Notes(exporter));
        Assert.Equal($"{exporter}-queue", result.Outputs["QueueName"]);
    }

    [Fact]
    public async Task AKeepOnUpdateParameterGivenANewValueKeepsTheStacksValueAndTheStackStaysUpToDate()
    {
        await Deployer().DeployAsync(ExporterSpec("kept") with { KeepOnUpdate = new HashSet<string> { "QueueName" } });
        var before = await DescribeAsync(exporter);

        var result = await Deployer().DeployAsync(ExporterSpec("ignored") with { KeepOnUpdate = new HashSet<string> { "QueueName" } });

        Assert.Equal(StackAction.UpToDate, result.Action);
        var after = await DescribeAsync(exporter);
        Assert.Equal(before!.StackId, after!.StackId);
        Assert.Equal($"{exporter}-kept", Parameter(after, "QueueName"));
    }

    [Fact]
    public async Task AStackReplacedForAnotherChangeIsCreatedAgainWithItsKeptValue()
    {
        await Deployer().DeployAsync(ExporterSpec("kept") with { KeepOnUpdate = new HashSet<string> { "QueueName" } });

        var result = await Deployer().DeployAsync(ExporterSpec("ignored", visibilityTimeout: 120) with { KeepOnUpdate = new HashSet<string> { "QueueName" } });

        Assert.Equal(StackAction.Updated, result.Action);
        Assert.Equal($"{exporter}-kept", Parameter((await DescribeAsync(exporter))!, "QueueName"));
        Assert.Equal($"{exporter}-kept", result.Outputs["QueueName"]);
    }

    [Fact]
    public async Task ADryRunSaysWhatWouldBeCreatedOrReplacedAndChangesNothing()
    {
        await Deployer().DeployAsync([Waves("old")[0]]);
        var exporterBefore = await DescribeAsync(exporter);
        var eventsBefore = await EventCountAsync(exporter);

        var results = await Deployer(dryRun: true).DeployAsync(Waves("new"));

        Assert.Equal([(exporter, StackAction.DryRun, "CREATE_COMPLETE"), (importer, StackAction.DryRun, null)],
            results.Select(r => (r.StackName, r.Action, r.Status)));
        Assert.Contains("dry run: would replace it (parameter QueueName changed): the local cloud cannot update a stack in place", progress.Notes(exporter));
        Assert.Contains("dry run: would create it", progress.Notes(importer));
        Assert.Equal(exporterBefore!.StackId, (await DescribeAsync(exporter))!.StackId);
        Assert.Equal($"{exporter}-old", Parameter((await DescribeAsync(exporter))!, "QueueName"));
        Assert.Equal(eventsBefore, await EventCountAsync(exporter));
        Assert.Null(await DescribeAsync(importer));
    }

    [Fact]
    public async Task ADryRunSaysAnImporterOfAReplacedStackWouldBeReplacedToo()
    {
        await Deployer().DeployAsync(Waves("old"));
        var before = await StateAsync();

        var results = await Deployer(dryRun: true).DeployAsync(Waves("new"));

        Assert.All(results, r => Assert.Equal(StackAction.DryRun, r.Action));
        Assert.Contains(progress.Notes(importer), n => n.StartsWith($"dry run: would replace it (it imports {Export},", StringComparison.Ordinal));
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task AStackThatFailsToCreateStopsTheWavesAfterItsOwnAndLeavesNoStackBehind()
    {
        var later = UniqueName("later");
        var orphan = ImporterSpec() with { Imports = [] };

        var failure = await Assert.ThrowsAsync<DeployInfraException>(() => Deployer().DeployAsync([[orphan], [ExporterSpec("never") with { StackName = later }]]));

        var stackFailure = Assert.Single(failure.Failures);
        Assert.Equal(importer, stackFailure.StackName);
        Assert.Contains($"No export named {Export}", stackFailure.Message, StringComparison.Ordinal);
        Assert.Equal([later], failure.NotDeployed);
        Assert.Null(await DescribeAsync(later));
        Assert.Null(await DescribeAsync(importer));
    }

    string Export => $"{exporter}-QueueName";

    StackDeployer Deployer(bool dryRun = false, RecordingProgress? progress = null) => new(
        moto.CloudFormation,
        new DeployInfraOptions(dryRun, TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(50)) { Mode = StackDeployMode.Recreate },
        TimeProvider.System,
        progress ?? this.progress);

    IReadOnlyList<IReadOnlyList<StackSpec>> Waves(string queueSuffix) => [[ExporterSpec(queueSuffix)], [ImporterSpec()]];

    StackSpec ExporterSpec(string queueSuffix, int visibilityTimeout = 30) => new(
        exporter,
        $$"""
        Parameters:
          QueueName:
            Type: String
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !Ref QueueName
              VisibilityTimeout: {{visibilityTimeout}}
        Outputs:
          QueueName:
            Value: !GetAtt Queue.QueueName
            Export:
              Name: !Sub "${AWS::StackName}-QueueName"
        """,
        new Dictionary<string, string> { ["QueueName"] = $"{exporter}-{queueSuffix}" },
        [],
        new Dictionary<string, string> { ["project"] = "ecsgitops" })
    {
        Exports = [Export],
    };

    StackSpec ImporterSpec() => new(
        importer,
        $$"""
        Resources:
          Copy:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !Join ["-", [!ImportValue {{Export}}, "copy"]]
        Outputs:
          CopyName:
            Value: !GetAtt Copy.QueueName
        """,
        new Dictionary<string, string>(),
        [],
        new Dictionary<string, string>())
    {
        Imports = [Export],
    };

    sealed record StackState(string? Id, int Events);

    async Task<(StackState Exporter, StackState Importer)> StateAsync() =>
        (new((await DescribeAsync(exporter))?.StackId, await EventCountAsync(exporter)),
         new((await DescribeAsync(importer))?.StackId, await EventCountAsync(importer)));

    // The AWS CLI as an independent reader of what the deployer left behind.
    async Task<int> EventCountAsync(string name) =>
        (await moto.Cli.JsonAsync("cloudformation", "describe-stack-events", "--stack-name", name)).GetProperty("StackEvents").GetArrayLength();

    async Task<Dictionary<string, string>> ExportsAsync() =>
        (await moto.Cli.JsonAsync("cloudformation", "list-exports")).GetProperty("Exports").EnumerateArray()
            .ToDictionary(e => e.GetProperty("Name").GetString()!, e => e.GetProperty("Value").GetString()!);

    static string? Parameter(Stack stack, string key) => stack.Parameters?.SingleOrDefault(p => p.ParameterKey == key)?.ParameterValue;

    async Task<Stack?> DescribeAsync(string name)
    {
        try
        {
            return (await moto.CloudFormation.DescribeStacksAsync(new DescribeStacksRequest { StackName = name })).Stacks?.SingleOrDefault();
        }
        catch (AwsServiceException e) when (e.ServiceMessage.Contains("does not exist", StringComparison.Ordinal))
        {
            return null;
        }
    }

    static string UniqueName(string purpose) => $"{purpose}-{Guid.NewGuid():N}"[..(purpose.Length + 9)];
}
