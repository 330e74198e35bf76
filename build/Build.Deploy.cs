using System.Text.Json;
using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Build;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Deployments.Composition;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.LocalCloud.Templates;
using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.TaskDefinitions;
using EcsGitOps.Delivery.Traffic;

partial class Build
{
    [Parameter("Environment name: the prefix of the stacks and their exports")]
    readonly string EnvironmentName = "dev";

    [Parameter("ECS service (and task family) name")]
    readonly string ServiceName = "sample-api";

    [Parameter("How BlueGreenDeploy deploys: codedeploy, ecs or task-set")]
    readonly string Strategy = "task-set";

    [Parameter("Only these stacks of infra/stacks.json (default: all), e.g. cluster mesh service monitoring")]
    readonly string[] Stacks = [];

    [Parameter("DeployInfra: create and print the change sets, then delete them without executing")]
    readonly bool DryRun;

    [Parameter("GitHub owner/repository the pipeline and the OIDC role trust; also read from GITHUB_REPOSITORY")]
    readonly string GithubRepository = "ecsgitops/ecsgitops";

    [Parameter("CodeConnections ARN of the GitHub connection the pipeline's source stage uses")]
    readonly string GithubConnectionArn = "arn:aws:codeconnections:us-east-1:123456789012:connection/00000000-0000-0000-0000-000000000000";

    [Parameter("Colour RenderTaskDef renders for (default: the live one when nothing changed, else the other)")]
    readonly string? Color = null;

    [Parameter("Environment variables of the app container, NAME=VALUE (repeatable), e.g. FAILURE_RATE=1 to ship a failing version")]
    readonly string[] AppEnv = [];

    string InfraDirectory => Path.Combine(RootDirectory, "infra");
    string StackOutputsFile => Path.Combine(ArtifactsDirectory, "stack-outputs.json");
    string ImageArtifactFile => Path.Combine(ArtifactsDirectory, ImageArtifact.FileName);

    Target LintInfra => _ => _
        .Description("Checks the CloudFormation templates in infra/ with cfn-lint")
        .Inputs("infra/**", ".cfnlintrc*")
        .Inputs(() => new TemplateLint().InstalledVersion(RootDirectory), "cfn-lint --version")
        .Outputs("artifacts/lint/cfn-lint.json")
        .Uses() // no parameter changes what cfn-lint finds
        .Executes(async ct =>
        {
            var result = await new TemplateLint().RunAsync([.. Directory.GetFiles(InfraDirectory, "*.yaml").Order()], RootDirectory, ct);
            foreach (var finding in result.Findings)
                if (finding.Level == "Error") Log.Error(finding.ToString()); else Log.Warning(finding.ToString());
            await result.WriteAsync(Path.Combine(ArtifactsDirectory, "lint", "cfn-lint.json"), ct);
            result.ThrowIfFailed();
            ReportSummary("cfn-lint", result.Summary);
        });

    Target DeployInfra => _ => _
        .Description("Deploys the CloudFormation stacks in infra/ through change sets, in the order of their exports")
        .DependsOn(LintInfra)
        .After(PushEcr)
        .Executes(async ct =>
        {
            var graph = await StackGraph.LoadAsync(Path.Combine(InfraDirectory, "stacks.json"), ct);
            if (Stacks.Length > 0)
                graph = graph.Select(Stacks);
            var values = new Dictionary<string, string?>
            {
                ["environmentName"] = EnvironmentName,
                ["serviceName"] = ServiceName,
                ["deploymentController"] = DeploymentStrategyKind.Parse(Strategy).DeploymentController,
                ["image"] = File.Exists(ImageArtifactFile) ? (await ImageArtifact.ReadAsync(ImageArtifactFile, ct)).PinnedReference() : null,
                ["githubConnectionArn"] = GithubConnectionArn,
                ["githubOwner"] = GithubRepository.Split('/')[0],
                ["githubRepository"] = GithubRepository.Split('/').Last(),
            };
            var bindings = graph.Waves.Select(wave => wave.Select(node => node.Bind(values)).ToList()).ToList();
            var waves = new List<IReadOnlyList<StackSpec>>();
            foreach (var wave in bindings)
                waves.Add(await Task.WhenAll(wave.Select(stack => SpecAsync(stack, ct))));

            var aws = await AwsAsync(ct);
            // Moto executes change sets without outputs or exports and drops outputs on update: the local cloud
            // creates stacks, and replaces the ones that changed.
            var options = DeployInfraOptions.Default with { DryRun = DryRun, Mode = IsLocalCloud ? StackDeployMode.Recreate : StackDeployMode.ChangeSets };
            var deployer = new StackDeployer(aws.CloudFormation, options, TimeProvider.System, new StackProgressWriter(new LogWriter(Log)));
            var results = await deployer.DeployAsync(waves, ct);

            foreach (var result in results)
                ReportSummary(result.StackName, $"{result.Action} {result.Status} ({result.Changes} changes)");
            if (DryRun)
                return;
            if (IsLocalCloud)
                await SeedLocalCloudAsync(aws, bindings.SelectMany(wave => wave), ct);
            await WriteStackOutputsAsync(results, ct);
        });

    /// On the local cloud the body leaves out what moto's CloudFormation cannot create; seeding creates it afterwards.
    async Task<StackSpec> SpecAsync(StackGraphBinding stack, CancellationToken ct) => new(
        stack.StackName,
        IsLocalCloud ? await LocalCloudTemplate.BodyAsync(stack, ct) : await File.ReadAllTextAsync(stack.TemplatePath, ct),
        stack.Parameters,
        ["CAPABILITY_NAMED_IAM"],
        new Dictionary<string, string> { ["ecsgitops:environment"] = EnvironmentName, ["ecsgitops:stack"] = stack.Name })
    {
        KeepOnUpdate = stack.KeepOnUpdate,
        Exports = stack.Exports,
        Imports = stack.Imports,
    };

    async Task WriteStackOutputsAsync(IReadOnlyList<StackDeployResult> results, CancellationToken ct)
    {
        var outputs = results.SelectMany(r => r.Outputs).GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        Directory.CreateDirectory(ArtifactsDirectory);
        await File.WriteAllTextAsync(StackOutputsFile, JsonSerializer.Serialize(outputs, new JsonSerializerOptions { WriteIndented = true }), ct);
    }

    /// What DeployInfra recorded of the stacks' outputs: roles, names and ARNs the later targets use.
    Task<IReadOnlyDictionary<string, string>> StackOutputsAsync(CancellationToken ct) => StackOutputs.ReadAsync(StackOutputsFile, ct);

    Target RenderTaskDef => _ => _
        .Description("Renders artifacts/taskdef.json and appspec.yaml from templates/, pinned to the pushed digest")
        .DependsOn(PushEcr, DeployInfra)
        .Executes(async ct =>
        {
            if (!File.Exists(ImageArtifactFile))
                throw new FileNotFoundException($"{ImageArtifactFile} not found: run PushEcr first; the task definition is pinned to the pushed digest.");
            var image = await ImageArtifact.ReadAsync(ImageArtifactFile, ct);
            var outputs = await StackOutputsAsync(ct);
            var aws = await AwsAsync(ct);
            var running = await RunningRevisionAsync(aws, outputs, ct);
            var live = await LiveColourAsync(running, ct);

            // What runs already, rendered again for its own colour, is no change; anything else goes to the other colour.
            var rendered = await RenderAsync(Color ?? (live ?? Colour.Blue).Name(), image, outputs, aws, ct);
            var diff = TaskDefinitionDiff.Compare(running?.TaskDefinitionJson, rendered.TaskDefinitionJson);
            if (Color is null && live is { } serving && diff.HasChanges)
            {
                rendered = await RenderAsync(serving.Other().Name(), image, outputs, aws, ct);
                diff = TaskDefinitionDiff.Compare(running?.TaskDefinitionJson, rendered.TaskDefinitionJson);
            }
            foreach (var line in diff.HasChanges ? diff.Lines : ["No change against the running task definition."])
                Log.Information(line);
            ReportSummary("Task definition", diff.HasChanges ? $"{rendered.TaskDefinitionPath} (changed)" : $"unchanged: {running!.TaskDefinitionArn}");
        });

    Task<RenderedTaskDefinition> RenderAsync(string colour, ImageArtifact image, IReadOnlyDictionary<string, string> outputs, AwsClients aws,
        CancellationToken ct)
    {
        var values = TaskDefinitionValues.Compose(image, colour, outputs, new Dictionary<string, string?>
        {
            ["region"] = aws.Region,
            ["taskFamily"] = ServiceName,
            ["version"] = AppVersion,
            ["commit"] = Commit,
        });
        return new TaskDefinitionRenderer().RenderAsync(new RenderTaskDefOptions(Path.Combine(RootDirectory, "templates", "taskdef.json"),
            Path.Combine(RootDirectory, "templates", "appspec.yaml"), ArtifactsDirectory)
        {
            AppEnvironment = AppEnvironment.Parse(AppEnv),
            AppContainer = Output(outputs, "ContainerName"),
        }, values, ct);
    }

    static string Output(IReadOnlyDictionary<string, string> outputs, string name) => new ServiceOutputs(outputs).Require(name);

    Task<RunningRevision?> RunningRevisionAsync(AwsClients aws, IReadOnlyDictionary<string, string> outputs, CancellationToken ct) =>
        RunningRevision.ReadAsync(aws.Ecs, outputs.GetValueOrDefault("ClusterName") ?? "", ServiceName, ct);

    Task<Colour?> LiveColourAsync(RunningRevision? running, CancellationToken ct) =>
        RunningRevision.LiveColourAsync(running, Path.Combine(ArtifactsDirectory, "deployment.json"), ct);
}
