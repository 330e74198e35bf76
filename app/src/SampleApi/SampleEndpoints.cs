using Microsoft.AspNetCore.Mvc;

namespace SampleApi;

public static class SampleEndpoints
{
    public const string Greeting = "Hello from SampleApi, deployed by EcsGitOps.";
    public const string Healthy = "healthy";

    public static WebApplication MapSampleEndpoints(this WebApplication app)
    {
        app.MapGet("/", () => Greeting);
        app.MapGet("/health", () => Healthy);
        app.MapGet("/version", ([FromServices] VersionInfo info) => info);
        return app;
    }
}
