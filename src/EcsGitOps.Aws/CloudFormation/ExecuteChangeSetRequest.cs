namespace EcsGitOps.Aws.CloudFormation;

public sealed record ExecuteChangeSetRequest
{
    public required string ChangeSetName { get; init; }

    public string? StackName { get; init; }

    public string? ClientRequestToken { get; init; }

    public bool? DisableRollback { get; init; }

    public bool? RetainExceptOnCreate { get; init; }
}
