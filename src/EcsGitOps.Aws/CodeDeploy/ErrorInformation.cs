namespace EcsGitOps.Aws.CodeDeploy;

public sealed record ErrorInformation
{
    public string? Code { get; init; }

    public string? Message { get; init; }
}
