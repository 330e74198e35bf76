namespace EcsGitOps.Aws.CloudFormation;

public sealed record Parameter
{
    public string? ParameterKey { get; init; }

    public string? ParameterValue { get; init; }

    public bool? UsePreviousValue { get; init; }

    public string? ResolvedValue { get; init; }
}
