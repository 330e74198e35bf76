using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudFormation;
using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Stacks.Fixtures;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Stacks;

[Collection(MotoCollection.Name)]
public sealed class StackDeployerMotoTests(MotoServer moto)
{
    readonly RecordingProgress progress = new();

    [Fact]
    public async Task ANewStackIsCreatedThroughACreateChangeSet()
    {
        var name = UniqueName("create");

        var result = await Deployer().DeployAsync(QueueStack(name));

        Assert.Equal((StackAction.Created, "CREATE_COMPLETE", 1), (result.Action, result.Status, result.Changes));
        Assert.Equal("CREATE_COMPLETE", (await DescribeAsync(name))?.StackStatus);
        var changeSet = Assert.Single(progress.ChangeSets(name));
        Assert.Equal("CREATE", changeSet.Type);
        Assert.Equal([new ChangeSetRow("Add", "Queue", "AWS::SQS::Queue", "")], changeSet.Rows);
        Assert.Contains(progress.Events(name), e => e.LogicalId == name && e.Status == "CREATE_COMPLETE");
    }

    [Fact]
    public async Task OutputsAreThoseDescribeStacksReportsAfterTheDeployment()
    {
        var name = UniqueName("outputs");

        var result = await Deployer().DeployAsync(QueueStack(name));

        // Moto's ExecuteChangeSet does not fill Outputs, so on moto both sides are empty; replayed responses cover real ones.
        var described = (await DescribeAsync(name))!.Outputs ?? [];
        Assert.Equal(described.ToDictionary(o => o.OutputKey!, o => o.OutputValue ?? ""), result.Outputs);
    }

    [Fact]
    public async Task AChangedTemplateUpdatesTheStack()
    {
        var name = UniqueName("update");
        await Deployer().DeployAsync(QueueStack(name));

        var result = await Deployer().DeployAsync(QueueStack(name, visibilityTimeout: 60));

        Assert.Equal((StackAction.Updated, "UPDATE_COMPLETE", 1), (result.Action, result.Status, result.Changes));
        var update = progress.ChangeSets(name)[^1];
        Assert.Equal("UPDATE", update.Type);
        Assert.Equal(("Modify", "Queue"), (update.Rows[0].Action, update.Rows[0].LogicalId));
        Assert.Contains(progress.Events(name), e => e.LogicalId == name && e.Status == "UPDATE_COMPLETE");
    }

    [Fact]
    public async Task RunningAgainWithTheSameSpecIsUpToDateAndLeavesNoChangeSet()
    {
        var name = UniqueName("same");
        await Deployer().DeployAsync(QueueStack(name));
        var again = new RecordingProgress();

        var result = await new StackDeployer(moto.CloudFormation, Options(), TimeProvider.System, again).DeployAsync(QueueStack(name));

        Assert.Equal((StackAction.UpToDate, "CREATE_COMPLETE", 0), (result.Action, result.Status, result.Changes));
        Assert.Contains(again.Notes(name), n => n.Contains("up to date", StringComparison.Ordinal));
        Assert.Empty(again.Events(name));
        Assert.Empty(await moto.Cli.PendingChangeSetsAsync(name));
    }

    [Fact]
    public async Task ADryRunOfANewStackPrintsItsChangeSetAndLeavesNoStackBehind()
    {
        var name = UniqueName("dry-new");

        var result = await Deployer(dryRun: true).DeployAsync(QueueStack(name));

        Assert.Equal((StackAction.DryRun, null, 1), (result.Action, result.Status, result.Changes));
        Assert.Equal("Queue", Assert.Single(Assert.Single(progress.ChangeSets(name)).Rows).LogicalId);
        Assert.Null(await DescribeAsync(name));
    }

    [Fact]
    public async Task ADryRunOfAChangedStackPrintsTheChangeAndLeavesTheStackAsItWas()
    {
        var name = UniqueName("dry-old");
        await Deployer().DeployAsync(QueueStack(name));

        var result = await Deployer(dryRun: true).DeployAsync(QueueStack(name, visibilityTimeout: 90));

        Assert.Equal((StackAction.DryRun, "CREATE_COMPLETE", 1), (result.Action, result.Status, result.Changes));
        Assert.Equal("UPDATE", progress.ChangeSets(name)[^1].Type);
        Assert.Equal("CREATE_COMPLETE", (await DescribeAsync(name))?.StackStatus);
        Assert.Empty(await moto.Cli.PendingChangeSetsAsync(name));
    }

    [Fact]
    public async Task IndependentStacksOfOneWaveAllDeploy()
    {
        var (first, second) = (UniqueName("wave-a"), UniqueName("wave-b"));

        var results = await Deployer().DeployAsync([[QueueStack(first), QueueStack(second)]]);

        Assert.Equal([(first, StackAction.Created), (second, StackAction.Created)], results.Select(r => (r.StackName, r.Action)));
        Assert.Equal("CREATE_COMPLETE", (await DescribeAsync(first))?.StackStatus);
        Assert.Equal("CREATE_COMPLETE", (await DescribeAsync(second))?.StackStatus);
    }

    [Fact]
    public async Task AFailedStackStopsTheWavesAfterItsOwn()
    {
        var (broken, sibling, later) = (UniqueName("broken"), UniqueName("sibling"), UniqueName("later"));
        var importsMissingExport = QueueStack(broken) with { TemplateBody = ImportingTemplate("no-such-export") };

        var failure = await Assert.ThrowsAsync<DeployInfraException>(() =>
            Deployer().DeployAsync([[importsMissingExport, QueueStack(sibling)], [QueueStack(later)]]));

        var stackFailure = Assert.Single(failure.Failures);
        Assert.Equal(broken, stackFailure.StackName);
        Assert.Contains("No export named no-such-export", stackFailure.Message, StringComparison.Ordinal);
        Assert.Equal([sibling], failure.Completed.Select(r => r.StackName));
        Assert.Equal([later], failure.NotDeployed);
        Assert.Null(await DescribeAsync(later));
    }

    StackDeployer Deployer(bool dryRun = false) => new(moto.CloudFormation, Options(dryRun), TimeProvider.System, progress);

    static DeployInfraOptions Options(bool dryRun = false) => new(dryRun, TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(50));

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

    static StackSpec QueueStack(string name, int visibilityTimeout = 30) => new(
        name,
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
          QueueUrl:
            Value: !Ref Queue
        """,
        new Dictionary<string, string> { ["QueueName"] = name },
        [],
        new Dictionary<string, string> { ["project"] = "ecsgitops" });

    static string ImportingTemplate(string export) => $$"""
        Parameters:
          QueueName:
            Type: String
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !ImportValue {{export}}
        """;
}
