namespace EcsGitOps.Aws.CloudFormation;

public sealed record ContinueUpdateRollbackRequest
{
    public required string StackName { get; init; }

    public string? RoleARN { get; init; }

    public IReadOnlyList<string>? ResourcesToSkip { get; init; }

    public string? ClientRequestToken { get; init; }
}
