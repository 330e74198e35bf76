namespace EcsGitOps.Aws.Ecr;

public sealed record ImageIdentifier
{
    public string? ImageDigest { get; init; }

    public string? ImageTag { get; init; }
}
