namespace EcsGitOps.Aws.Ecr;

public sealed record BatchGetImageResponse
{
    public IReadOnlyList<Image>? Images { get; init; }

    public IReadOnlyList<ImageFailure>? Failures { get; init; }
}
