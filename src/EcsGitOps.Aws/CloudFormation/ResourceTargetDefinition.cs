namespace EcsGitOps.Aws.CloudFormation;

public sealed record ResourceTargetDefinition
{
    public string? Attribute { get; init; }

    public string? Name { get; init; }

    public string? RequiresRecreation { get; init; }

    public string? Path { get; init; }

    public string? BeforeValue { get; init; }

    public string? AfterValue { get; init; }

    public string? AttributeChangeType { get; init; }
}
