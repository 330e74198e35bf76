namespace EcsGitOps.Aws.CloudFormation;

public sealed record CreateChangeSetResponse
{
    public string? Id { get; init; }

    public string? StackId { get; init; }
}
