namespace EcsGitOps.Aws.Ecr;

public sealed record DescribeImageScanFindingsResponse
{
    public string? RegistryId { get; init; }

    public string? RepositoryName { get; init; }

    public ImageIdentifier? ImageId { get; init; }

    public ImageScanStatus? ImageScanStatus { get; init; }

    public ImageScanFindings? ImageScanFindings { get; init; }

    public string? NextToken { get; init; }
}
