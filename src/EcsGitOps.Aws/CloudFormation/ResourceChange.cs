namespace EcsGitOps.Aws.CloudFormation;

public sealed record ResourceChange
{
    public string? PolicyAction { get; init; }

    public string? Action { get; init; }

    public string? LogicalResourceId { get; init; }

    public string? PhysicalResourceId { get; init; }

    public string? ResourceType { get; init; }

    public string? Replacement { get; init; }

    public IReadOnlyList<string>? Scope { get; init; }

    public IReadOnlyList<ResourceChangeDetail>? Details { get; init; }

    public string? ChangeSetId { get; init; }
}
