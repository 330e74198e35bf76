namespace EcsGitOps.Aws.CloudFormation;

public sealed record ResourceChangeDetail
{
    public ResourceTargetDefinition? Target { get; init; }

    public string? Evaluation { get; init; }

    public string? ChangeSource { get; init; }

    public string? CausingEntity { get; init; }
}
