namespace EcsGitOps.Aws.Ecr;

public sealed record DescribeImageScanFindingsRequest
{
    public string? RegistryId { get; init; }

    public required string RepositoryName { get; init; }

    public required ImageIdentifier ImageId { get; init; }

    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }
}
