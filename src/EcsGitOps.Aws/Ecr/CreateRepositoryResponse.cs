namespace EcsGitOps.Aws.Ecr;

public sealed record CreateRepositoryResponse
{
    public Repository? Repository { get; init; }
}
