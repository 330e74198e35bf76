namespace EcsGitOps.Aws.CloudFormation;

public sealed record DescribeChangeSetRequest
{
    public required string ChangeSetName { get; init; }

    public string? StackName { get; init; }

    public string? NextToken { get; init; }

    public bool? IncludePropertyValues { get; init; }
}
