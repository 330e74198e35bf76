namespace EcsGitOps.Aws.Ecs;

public sealed record ContainerDefinition
{
    public string? Name { get; init; }

    public string? Image { get; init; }

    public int? Cpu { get; init; }

    public int? Memory { get; init; }

    public int? MemoryReservation { get; init; }

    public IReadOnlyList<PortMapping>? PortMappings { get; init; }

    public bool? Essential { get; init; }

    public IReadOnlyList<NameValuePair>? Environment { get; init; }
}
