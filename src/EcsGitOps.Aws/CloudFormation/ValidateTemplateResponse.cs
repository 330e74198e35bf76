namespace EcsGitOps.Aws.CloudFormation;

public sealed record ValidateTemplateResponse
{
    public IReadOnlyList<TemplateParameter>? Parameters { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string>? Capabilities { get; init; }

    public string? CapabilitiesReason { get; init; }

    public IReadOnlyList<string>? DeclaredTransforms { get; init; }
}
