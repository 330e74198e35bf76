namespace EcsGitOps.Aws.AppMesh;

public sealed record HttpRoute
{
    public HttpRouteAction? Action { get; init; }

    public HttpRouteMatch? Match { get; init; }

    public HttpRetryPolicy? RetryPolicy { get; init; }

    public HttpTimeout? Timeout { get; init; }
}
