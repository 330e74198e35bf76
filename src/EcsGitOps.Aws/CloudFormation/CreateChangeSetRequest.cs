namespace EcsGitOps.Aws.CloudFormation;

public sealed record CreateChangeSetRequest
{
    public required string StackName { get; init; }

    public string? TemplateBody { get; init; }

    public string? TemplateURL { get; init; }

    public bool? UsePreviousTemplate { get; init; }

    public IReadOnlyList<Parameter>? Parameters { get; init; }

    public IReadOnlyList<string>? Capabilities { get; init; }

    public string? RoleARN { get; init; }

    public IReadOnlyList<string>? NotificationARNs { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }

    public required string ChangeSetName { get; init; }

    public string? ClientToken { get; init; }

    public string? Description { get; init; }

    public string? ChangeSetType { get; init; }

    public bool? IncludeNestedStacks { get; init; }

    public string? OnStackFailure { get; init; }

    public bool? ImportExistingResources { get; init; }
}
