namespace EcsGitOps.Aws.Ecs;

public sealed record NetworkConfiguration
{
    public AwsVpcConfiguration? AwsvpcConfiguration { get; init; }
}
