using Microsoft.AspNetCore.Mvc;

namespace SampleApi;

public static class SampleEndpoints
{
    public const string Greeting = "Hello from SampleApi, deployed by EcsGitOps.";
    public const string Healthy = "healthy";
    public const string InjectedFailure = "Injected failure (FAILURE_RATE).";

    public static WebApplication MapSampleEndpoints(this WebApplication app)
    {
        app.MapGet("/", ([FromServices] FailureRate failures) =>
            failures.Fails() ? Results.Text(InjectedFailure, statusCode: StatusCodes.Status500InternalServerError) : Results.Text(Greeting));
        app.MapGet("/health", () => Healthy);
        app.MapGet("/version", ([FromServices] VersionInfo info) => info);
        return app;
    }
}
