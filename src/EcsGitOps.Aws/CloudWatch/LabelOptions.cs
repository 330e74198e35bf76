namespace EcsGitOps.Aws.CloudWatch;

public sealed record LabelOptions
{
    public string? Timezone { get; init; }
}
