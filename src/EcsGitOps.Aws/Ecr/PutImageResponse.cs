namespace EcsGitOps.Aws.Ecr;

public sealed record PutImageResponse
{
    public Image? Image { get; init; }
}
