namespace EcsGitOps.Aws.Ecr;

public sealed record ImageScanFinding
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? Uri { get; init; }

    public string? Severity { get; init; }

    public IReadOnlyList<Attribute>? Attributes { get; init; }
}
