namespace EcsGitOps.Aws.CloudWatch;

public sealed record Tag
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
