using Microsoft.Extensions.Logging.Console;

namespace SampleApi;

/// <summary>Builds the service so tests can start exactly what the container runs.</summary>
public static class SampleApp
{
    // ECS sends SIGTERM and waits stopTimeout (30 s by default) before SIGKILL; finish in-flight requests well before.
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(20);

    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders().AddJsonConsole(ConfigureJsonLogs);
        // Health checks arrive every few seconds from the load balancer and the mesh; one log line each is noise.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, SampleJsonContext.Default));
        builder.Services.AddSingleton(VersionInfo.From(builder.Configuration));
        var failures = FailureRate.From(builder.Configuration);
        builder.Services.AddSingleton(failures);
        if (ListenUrl.Resolve(builder.Configuration) is { } url)
            builder.WebHost.UseUrls(url);

        var app = builder.Build();
        if (failures.Fraction > 0)
            app.Logger.LogWarning("{Setting}={Fraction}: about {Percent:0.#}% of requests to / answer 500",
                FailureRate.Setting, failures.Fraction, failures.Fraction * 100);
        app.MapSampleEndpoints();
        return app;
    }

    private static void ConfigureJsonLogs(JsonConsoleFormatterOptions options)
    {
        options.UseUtcTimestamp = true;
        options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
    }
}
