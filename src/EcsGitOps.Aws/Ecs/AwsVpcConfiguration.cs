namespace EcsGitOps.Aws.Ecs;

public sealed record AwsVpcConfiguration
{
    public IReadOnlyList<string>? Subnets { get; init; }

    public IReadOnlyList<string>? SecurityGroups { get; init; }

    public string? AssignPublicIp { get; init; }
}
