using Microsoft.AspNetCore.Builder;

namespace SampleApi.Tests;

/// <summary>The service on a real Kestrel bound to 127.0.0.1 on a port the OS picks.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningApp(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static async Task<RunningApp> StartAsync(params string[] settings)
    {
        var app = SampleApp.Create(["--urls=http://127.0.0.1:0", .. settings.Select(setting => $"--{setting}")]);
        await app.StartAsync();
        return new RunningApp(app, new Uri(app.Urls.Single()));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
