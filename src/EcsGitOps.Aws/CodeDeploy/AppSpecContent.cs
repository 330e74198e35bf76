namespace EcsGitOps.Aws.CodeDeploy;

public sealed record AppSpecContent
{
    public string? Content { get; init; }

    public string? Sha256 { get; init; }
}
