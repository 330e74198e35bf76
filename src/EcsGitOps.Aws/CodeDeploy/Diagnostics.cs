namespace EcsGitOps.Aws.CodeDeploy;

public sealed record Diagnostics
{
    public string? ErrorCode { get; init; }

    public string? ScriptName { get; init; }

    public string? Message { get; init; }

    public string? LogTail { get; init; }
}
