namespace EcsGitOps.Aws.Ecr;

public sealed record Attribute
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
