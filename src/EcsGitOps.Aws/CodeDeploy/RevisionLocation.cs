namespace EcsGitOps.Aws.CodeDeploy;

public sealed record RevisionLocation
{
    public string? RevisionType { get; init; }

    public AppSpecContent? AppSpecContent { get; init; }
}
