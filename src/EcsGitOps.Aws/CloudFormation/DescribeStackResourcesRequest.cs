namespace EcsGitOps.Aws.CloudFormation;

public sealed record DescribeStackResourcesRequest
{
    public string? StackName { get; init; }

    public string? LogicalResourceId { get; init; }

    public string? PhysicalResourceId { get; init; }
}
