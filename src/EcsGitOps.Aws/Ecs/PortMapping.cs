namespace EcsGitOps.Aws.Ecs;

public sealed record PortMapping
{
    public int? ContainerPort { get; init; }

    public int? HostPort { get; init; }

    public string? Protocol { get; init; }

    public string? Name { get; init; }

    public string? AppProtocol { get; init; }

    public string? ContainerPortRange { get; init; }
}
