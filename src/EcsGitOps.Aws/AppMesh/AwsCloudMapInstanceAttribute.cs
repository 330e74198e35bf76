namespace EcsGitOps.Aws.AppMesh;

public sealed record AwsCloudMapInstanceAttribute
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
