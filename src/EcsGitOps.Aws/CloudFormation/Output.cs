namespace EcsGitOps.Aws.CloudFormation;

public sealed record Output
{
    public string? OutputKey { get; init; }

    public string? OutputValue { get; init; }

    public string? Description { get; init; }

    public string? ExportName { get; init; }
}
