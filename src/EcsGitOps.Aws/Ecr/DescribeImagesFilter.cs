namespace EcsGitOps.Aws.Ecr;

public sealed record DescribeImagesFilter
{
    public string? TagStatus { get; init; }
}
