using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudFormation;
using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Stacks.Fixtures;
using EcsGitOps.Delivery.Tests.Support;
using Xunit.Abstractions;

namespace EcsGitOps.Delivery.Tests.Stacks;

/// <summary>The repository's own templates in infra/, in waves written by hand in the order their imports need.</summary>
[Collection(MotoCollection.Name)]
public sealed class InfraTemplatesMotoTests(MotoServer moto, ITestOutputHelper output) : IDisposable
{
    readonly RecordingProgress progress = new();

    [Fact]
    public async Task ADryRunPrintsAChangeSetForEveryInfraTemplateAndLeavesNoStack()
    {
        var prefix = $"dry{Guid.NewGuid():N}"[..9];
        var waves = Waves(prefix, environment: prefix);

        var results = await Deployer(dryRun: true).DeployAsync(waves);

        Assert.Equal(waves.SelectMany(w => w).Select(s => s.StackName), results.Select(r => r.StackName));
        Assert.All(results, r => Assert.Equal(StackAction.DryRun, r.Action));
        foreach (var (stack, resource) in KeyResources(prefix))
        {
            var changeSet = Assert.Single(progress.ChangeSets(stack));
            Assert.Contains(changeSet.Rows, row => row.LogicalId == resource && row.Action == "Add");
            Assert.Equal(changeSet.Rows.Count, results.Single(r => r.StackName == stack).Changes);
            Assert.Null(await DescribeAsync(stack));
        }
    }

    [Fact]
    public async Task TheClusterAndOidcStacksDeployTogetherThenTheMeshStack()
    {
        var prefix = $"real{Guid.NewGuid():N}"[..10];
        var all = Waves(prefix, environment: prefix);
        // The service stack and those after it import exports; moto's change sets register no exports, so they stop here.
        IReadOnlyList<IReadOnlyList<StackSpec>> waves = [all[0], all[1]];

        var results = await Deployer().DeployAsync(waves);

        Assert.Equal([$"{prefix}-cluster", $"{prefix}-github-oidc", $"{prefix}-mesh"], results.Select(r => r.StackName));
        Assert.All(results, r => Assert.Equal((StackAction.Created, "CREATE_COMPLETE"), (r.Action, r.Status)));
        Assert.True(results[0].Changes >= 20, $"the cluster change set listed {results[0].Changes} changes");
    }

    [Fact]
    public async Task InRecreateModeEveryInfraStackDeploysWithOutputsAndASecondRunWithANewImageIsUpToDate()
    {
        var environment = $"re{Guid.NewGuid():N}"[..10];
        var graph = await StackGraph.LoadAsync(Path.Combine(RepositoryFiles.Root, "infra", "stacks.json"), CancellationToken.None);
        var deployer = new StackDeployer(moto.CloudFormation,
            new DeployInfraOptions(false, TimeSpan.FromMinutes(3), TimeSpan.FromMilliseconds(50)) { Mode = StackDeployMode.Recreate }, TimeProvider.System, progress);

        var created = await deployer.DeployAsync(BoundWaves(graph, environment, image: '1'));
        var ids = await Task.WhenAll(created.Select(async r => (await DescribeAsync(r.StackName))?.StackId));
        var again = await deployer.DeployAsync(BoundWaves(graph, environment, image: '2'));

        Assert.Equal(6, created.Count);
        Assert.All(created, r => Assert.Equal((StackAction.Created, "CREATE_COMPLETE"), (r.Action, r.Status)));
        Assert.Equal($"{environment}-cluster", created.Single(r => r.StackName == $"{environment}-cluster").Outputs["ClusterName"]);
        Assert.NotEmpty(created.Single(r => r.StackName == $"{environment}-service").Outputs);
        Assert.All(again, r => Assert.Equal(StackAction.UpToDate, r.Action));
        Assert.Equal(ids, await Task.WhenAll(again.Select(async r => (await DescribeAsync(r.StackName))?.StackId)));
        var service = await DescribeAsync($"{environment}-service");
        Assert.EndsWith(new string('1', 64), service!.Parameters!.Single(p => p.ParameterKey == "InitialImage").ParameterValue);
    }

    // As DeployInfra builds them: each binding's keepOnUpdate, exports and imports go with its spec.
    static IReadOnlyList<IReadOnlyList<StackSpec>> BoundWaves(StackGraph graph, string environment, char image)
    {
        var values = new Dictionary<string, string?>
        {
            ["environmentName"] = environment,
            ["serviceName"] = "sample-api",
            ["deploymentController"] = "CODE_DEPLOY",
            ["image"] = $"{CloudFormationXml.Account}.dkr.ecr.us-east-1.amazonaws.com/sample-api@sha256:{new string(image, 64)}",
            ["githubConnectionArn"] = $"arn:aws:codeconnections:us-east-1:{CloudFormationXml.Account}:connection/0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6",
            ["githubOwner"] = "acme",
            ["githubRepository"] = "ecsgitops",
        };
        return graph.Waves.Select(wave => (IReadOnlyList<StackSpec>)wave.Select(node => node.Bind(values)).Select(b => new StackSpec(
            b.StackName, File.ReadAllText(b.TemplatePath), b.Parameters, ["CAPABILITY_NAMED_IAM"], new Dictionary<string, string> { ["project"] = "ecsgitops" })
        {
            KeepOnUpdate = b.KeepOnUpdate,
            Exports = b.Exports,
            Imports = b.Imports,
        }).ToList()).ToList();
    }

    // What a user of DeployInfra would have seen, for whoever reads the test log.
    public void Dispose() => output.WriteLine(progress.Text);

    StackDeployer Deployer(bool dryRun = false) =>
        new(moto.CloudFormation, new DeployInfraOptions(dryRun, TimeSpan.FromMinutes(3), TimeSpan.FromMilliseconds(50)), TimeProvider.System, progress);

    static IReadOnlyList<IReadOnlyList<StackSpec>> Waves(string prefix, string environment) =>
    [
        [Spec(prefix, "cluster", environment), Spec(prefix, "github-oidc", environment, ("GitHubOwner", "acme"), ("GitHubRepository", "ecsgitops"))],
        [Spec(prefix, "mesh", environment)],
        [Spec(prefix, "service", environment, ("InitialImage", $"{CloudFormationXml.Account}.dkr.ecr.us-east-1.amazonaws.com/sample-api@sha256:{new string('0', 64)}"))],
        [
            Spec(prefix, "monitoring", environment),
            Spec(prefix, "pipeline", environment,
                ("ConnectionArn", $"arn:aws:codeconnections:us-east-1:{CloudFormationXml.Account}:connection/0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6"),
                ("FullRepositoryId", "acme/ecsgitops")),
        ],
    ];

    static IEnumerable<(string Stack, string Resource)> KeyResources(string prefix) =>
    [
        ($"{prefix}-cluster", "Cluster"), ($"{prefix}-github-oidc", "DeployRole"), ($"{prefix}-mesh", "Mesh"),
        ($"{prefix}-service", "Service"), ($"{prefix}-monitoring", "Dashboard"), ($"{prefix}-pipeline", "Pipeline"),
    ];

    static StackSpec Spec(string prefix, string template, string environment, params (string Key, string Value)[] parameters) => new(
        $"{prefix}-{template}",
        RepositoryFiles.Read($"infra/{template}.yaml"),
        parameters.Prepend(("EnvironmentName", environment)).ToDictionary(p => p.Item1, p => p.Item2),
        ["CAPABILITY_NAMED_IAM"],
        new Dictionary<string, string> { ["project"] = "ecsgitops" });

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
}
