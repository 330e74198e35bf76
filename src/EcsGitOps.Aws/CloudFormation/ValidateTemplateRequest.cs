namespace EcsGitOps.Aws.CloudFormation;

public sealed record ValidateTemplateRequest
{
    public string? TemplateBody { get; init; }

    public string? TemplateURL { get; init; }
}
