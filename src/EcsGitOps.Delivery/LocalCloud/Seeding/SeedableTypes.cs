namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>
/// The resource types the local cloud's CloudFormation skips or cannot create, and what seeding does with each of
/// them. Of the ECS services, seeding concerns itself only with those <see cref="ExternalServices"/> names.
/// </summary>
static class SeedableTypes
{
    /// <param name="Rank">Creation order where no reference orders two resources (a mesh before its nodes, routers before routes).</param>
    /// <param name="NameProperty">The property naming the resource, which CloudFormation generates when a template leaves it out.</param>
    sealed record Kind(int Rank, string NameProperty);

    static readonly Dictionary<string, Kind> Seeded = new(StringComparer.Ordinal)
    {
        ["AWS::AppMesh::Mesh"] = new(0, "MeshName"),
        ["AWS::AppMesh::VirtualNode"] = new(1, "VirtualNodeName"),
        ["AWS::AppMesh::VirtualRouter"] = new(1, "VirtualRouterName"),
        ["AWS::AppMesh::Route"] = new(2, "RouteName"),
        ["AWS::AppMesh::VirtualService"] = new(3, "VirtualServiceName"),
        ["AWS::CloudWatch::Alarm"] = new(0, "AlarmName"),
        [ExternalServices.Type] = new(0, "ServiceName"),
    };

    public static bool IsSeeded(string type) => Seeded.ContainsKey(type);

    public static int Rank(string type) => Seeded[type].Rank;

    public static string NameProperty(string type) => Seeded[type].NameProperty;

    /// <summary>Why a skipped type is left out; null for types seeding creates and for types CloudFormation creates.</summary>
    public static string? WhyNotSeeded(string type) => type switch
    {
        _ when IsSeeded(type) => null,
        _ when type.StartsWith("AWS::ServiceDiscovery::", StringComparison.Ordinal)
            || type.StartsWith("AWS::CodeDeploy::", StringComparison.Ordinal) => "not needed by the task-set strategy",
        _ when type.StartsWith("AWS::AppMesh::", StringComparison.Ordinal) => "the App Mesh client has no call that creates it",
        _ => null,
    };

    public static bool Concerns(string type) => IsSeeded(type) || WhyNotSeeded(type) is not null;
}
