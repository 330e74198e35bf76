using Amazon.Runtime;
using EcsGitOps.Aws;
using EcsGitOps.Build;
using EcsGitOps.Delivery.LocalCloud;
using EcsGitOps.Delivery.LocalCloud.Seeding;
using EcsGitOps.Delivery.Setup;
using EcsGitOps.Delivery.Stacks;

partial class Build
{
    [Parameter("AWS region (default: AWS_REGION or the AWS profile's; us-east-1 on the local cloud)")]
    readonly string? AwsRegion = null;

    [Parameter("One endpoint for every AWS service, such as LocalStack or moto; also read from AWS_ENDPOINT_URL")]
    readonly string? AwsEndpointUrl = null;

    [Parameter("Named AWS profile from ~/.aws; also read from AWS_PROFILE")]
    readonly string? AwsProfile = null;

    [Parameter("Leave the local cloud running for the next run; `./build.sh StopLocalCloud` stops it")]
    readonly bool KeepLocalCloud;

    Lazy<Task<LocalCloudServers>>? localCloud;
    Lazy<Task<AwsClients>>? aws;

    /// The local profile: asked for with --profile local, and the default when no AWS credentials are configured.
    bool IsLocalCloud => Profiles.Contains("local") || (!Profiles.Contains("production") && !AwsCredentialsConfigured());

    string LocalCloudDirectory => Path.Combine(TemporaryDirectory, "local-cloud");

    Target StopLocalCloud => _ => _
        .Description("Stops the local cloud (moto, registry, agent) that --keep-local-cloud left running, and a Docker engine Setup started")
        .Executes(() =>
        {
            var stoppedCloud = LocalCloudServers.StopKept(LocalCloudDirectory, Log.Information);
            if (!MachineSetup.StopEngine(EngineStateDirectory, Log.Information) && !stoppedCloud)
                Log.Information("No local cloud is running.");
        });

    Task<LocalCloudServers> LocalCloudAsync(CancellationToken ct)
    {
        Interlocked.CompareExchange(ref localCloud, new(() => LocalCloudServers.StartAsync(
            new LocalCloudOptions(LocalCloudDirectory, KeepLocalCloud, AwsEndpointUrl,
                Agent: new LocalAgentOptions(Path.Combine(AppContext.BaseDirectory, "EcsGitOps.LocalAgent.dll"), DockerHost, AwsRegion ?? "us-east-1")),
            Log.Information, ct)), null);
        return localCloud.Value;
    }

    /// Creates what the local cloud's CloudFormation skipped (App Mesh, alarms, the EXTERNAL service, VPC DNS host names)
    /// from the same templates.
    async Task SeedLocalCloudAsync(AwsClients aws, IEnumerable<StackGraphBinding> stacks, CancellationToken ct)
    {
        var exports = await aws.CloudFormation.ListAllExportsAsync(new(), ct)
            .ToDictionaryAsync(e => e.Name!, e => e.Value ?? "", StringComparer.Ordinal, ct);
        var seeded = await new LocalCloudSeeder(aws, Log.Information).SeedAsync(stacks.Select(SeedingStack.From), exports, ct);
        var vpcs = await VpcDnsHostnames.ApplyAsync(aws, stacks, ct);
        ReportSummary("Local cloud seeding", $"{seeded.Created.Count} created, {seeded.AlreadySeeded.Count} already there, " +
            $"{seeded.NotSeeded.Count} not needed; DNS host names on {vpcs.Count} VPC(s)");
    }

    Task<AwsClients> AwsAsync(CancellationToken ct)
    {
        Interlocked.CompareExchange(ref aws, new(() => CreateAwsClientsAsync(ct)), null);
        return aws.Value;
    }

    async Task<AwsClients> CreateAwsClientsAsync(CancellationToken ct)
    {
        var options = new AwsOptions { Region = AwsRegion, EndpointUrl = AwsEndpointUrl, Profile = AwsProfile }
            .WithEnvironment(Environment.GetEnvironmentVariables());
        if (IsLocalCloud)
        {
            var cloud = await LocalCloudAsync(ct);
            // Moto accepts any signature; these are not secrets.
            options = options with
            {
                Region = AwsRegion ?? "us-east-1",
                EndpointUrl = cloud.Endpoints.AwsEndpointUrl,
                Credentials = new BasicAWSCredentials("local", "local"),
            };
        }
        return new AwsClients(options);
    }

    protected override void OnBuildFinished(bool succeeded)
    {
        if (aws is { IsValueCreated: true, Value.IsCompletedSuccessfully: true })
            aws.Value.Result.Dispose();
        if (localCloud is { IsValueCreated: true, Value.IsCompletedSuccessfully: true })
            localCloud.Value.Result.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    static bool AwsCredentialsConfigured()
    {
        string[] variables = ["AWS_ACCESS_KEY_ID", "AWS_PROFILE", "AWS_WEB_IDENTITY_TOKEN_FILE",
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI"];
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return variables.Any(v => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v)))
            || File.Exists(Path.Combine(home, ".aws", "credentials"))
            || File.Exists(Path.Combine(home, ".aws", "config"));
    }
}
