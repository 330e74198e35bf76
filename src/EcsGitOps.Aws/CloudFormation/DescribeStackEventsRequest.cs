namespace EcsGitOps.Aws.CloudFormation;

public sealed record DescribeStackEventsRequest
{
    public required string StackName { get; init; }

    public string? NextToken { get; init; }
}
