using Microsoft.AspNetCore.Mvc;

namespace SampleApi;

public static class SampleEndpoints
{
    public const string Greeting = "Hello from SampleApi, deployed by EcsGitOps.";
    public const string Healthy = "healthy";
    public const string InjectedFailure = "Injected failure (FAILURE_RATE).";

    /// <summary>The longest /delay/{milliseconds} waits: an ALB's default idle timeout.</summary>
    public const int MaxDelayMilliseconds = 60_000;

    public static WebApplication MapSampleEndpoints(this WebApplication app)
    {
        app.MapGet("/", ([FromServices] FailureRate failures) =>
            failures.Fails() ? Results.Text(InjectedFailure, statusCode: StatusCodes.Status500InternalServerError) : Results.Text(Greeting));
        app.MapGet("/health", () => Healthy);
        app.MapGet("/version", ([FromServices] VersionInfo info) => info);
        // A slow request on demand, to watch a drain or a latency check: answers after the given time.
        app.MapGet("/delay/{milliseconds:int}", async (int milliseconds, CancellationToken aborted) =>
        {
            if (milliseconds is < 0 or > MaxDelayMilliseconds)
                return Results.Text($"Delay {milliseconds} ms is not from 0 to {MaxDelayMilliseconds} ms.", statusCode: StatusCodes.Status400BadRequest);
            await Task.Delay(milliseconds, aborted);
            return Results.Text($"Answered after {milliseconds} ms.");
        });
        return app;
    }
}
