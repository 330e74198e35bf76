namespace EcsGitOps.Aws.CloudFormation;

public sealed record Tag
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
