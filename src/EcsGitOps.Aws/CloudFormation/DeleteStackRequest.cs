namespace EcsGitOps.Aws.CloudFormation;

public sealed record DeleteStackRequest
{
    public required string StackName { get; init; }

    public IReadOnlyList<string>? RetainResources { get; init; }

    public string? RoleARN { get; init; }

    public string? ClientRequestToken { get; init; }

    public string? DeletionMode { get; init; }
}
