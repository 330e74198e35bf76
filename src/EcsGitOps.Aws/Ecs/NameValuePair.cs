namespace EcsGitOps.Aws.Ecs;

public sealed record NameValuePair
{
    public string? Name { get; init; }

    public string? Value { get; init; }
}
