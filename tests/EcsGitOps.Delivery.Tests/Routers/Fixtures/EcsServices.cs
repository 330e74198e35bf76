namespace EcsGitOps.Delivery.Tests.Routers.Fixtures;

/// <summary>ECS services made with the AWS CLI (the ECS client has no CreateService: the tool never creates one).</summary>
internal static class EcsServices
{
    /// <summary>A new service in the shared cluster; returns its key, "cluster/service".</summary>
    public static async Task<string> CreateAsync(TrafficMotoServer moto)
    {
        var cluster = await moto.ClusterAsync();
        var name = $"web-{Guid.NewGuid():N}"[..12];
        await moto.Cli.JsonAsync("ecs", "create-service", "--cluster", cluster, "--service-name", name,
            "--task-definition", "web", "--desired-count", "1");
        return $"{cluster}/{name}";
    }
}
