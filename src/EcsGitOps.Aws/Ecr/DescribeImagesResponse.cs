namespace EcsGitOps.Aws.Ecr;

public sealed record DescribeImagesResponse
{
    public IReadOnlyList<ImageDetail>? ImageDetails { get; init; }

    public string? NextToken { get; init; }
}
