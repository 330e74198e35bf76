using EcsGitOps.Aws;
using EcsGitOps.Delivery.LocalCloud.Seeding;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.LocalCloud.Seeding;

/// <summary>
/// The repository's templates deployed for one environment of its own on the test-owned moto_server, as DeployInfra
/// leaves them: stacks with realistic parameters and the exports the service stack gives the monitoring stack.
/// </summary>
sealed class SeedingCloud : IDisposable
{
    public SeedingCloud(MotoServer moto)
    {
        Moto = moto;
        Aws = moto.CreateClients();
    }

    public MotoServer Moto { get; }

    public AwsClients Aws { get; }

    public AwsCli Cli => new(Moto.Url);

    /// <summary>A fresh environment per test, so tests sharing one moto_server never see each other's mesh or alarms.</summary>
    public string Environment { get; } = $"t{Guid.NewGuid():N}"[..12];

    public const string Service = "sample-api";

    public string MeshName => $"{Environment}-mesh";

    public SeedingStack Stack(string name, string template, params (string Key, string Value)[] parameters) => new(
        name, $"{Environment}-{name}", RepositoryPaths.Infra(template),
        new Dictionary<string, string> { ["EnvironmentName"] = Environment, ["ServiceName"] = Service }
            .Concat(parameters.Select(p => KeyValuePair.Create(p.Key, p.Value))).ToDictionary());

    public SeedingStack Mesh => Stack("mesh", "mesh.yaml");

    public SeedingStack Monitoring => Stack("monitoring", "monitoring.yaml");

    public string LoadBalancerFullName => $"app/{Environment}-alb/50dc6c495c0c9188";

    /// <summary>What the service stack exports on AWS: full names cut from the load balancer's and target groups' ARNs.</summary>
    public IReadOnlyDictionary<string, string> Exports => new Dictionary<string, string>
    {
        [$"{Environment}-LoadBalancerFullName"] = LoadBalancerFullName,
        [$"{Environment}-BlueTargetGroupFullName"] = $"targetgroup/{Environment}-blue/73e2d6bc24d8a067",
        [$"{Environment}-GreenTargetGroupFullName"] = $"targetgroup/{Environment}-green/943f017f100becff",
        [$"{Environment}-ClusterName"] = $"{Environment}-cluster",
        [$"{Environment}-VpcId"] = "vpc-0a1b2c3d4e5f67890",
    };

    public Task<SeedingSummary> SeedAsync(params SeedingStack[] stacks) => SeedAsync(Exports, stacks);

    public Task<SeedingSummary> SeedAsync(IReadOnlyDictionary<string, string> exports, params SeedingStack[] stacks) =>
        new LocalCloudSeeder(Aws, Log.Add).SeedAsync(stacks, exports, CancellationToken.None);

    public List<string> Log { get; } = [];

    public void Dispose() => Aws.Dispose();
}
