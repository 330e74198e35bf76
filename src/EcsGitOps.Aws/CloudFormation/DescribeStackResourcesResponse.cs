namespace EcsGitOps.Aws.CloudFormation;

public sealed record DescribeStackResourcesResponse
{
    public IReadOnlyList<StackResource>? StackResources { get; init; }
}
