using System.Diagnostics;
using EcsGitOps.Delivery.Tests.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>Debian's docker-registry on 127.0.0.1 and a free port, storing into a temporary directory.</summary>
/// <remarks>The engine trusts 127.0.0.0/8 registries over plain HTTP, so no TLS is needed.</remarks>
public class LocalRegistry : IAsyncLifetime
{
    public const string Executable = "docker-registry";

    private readonly TempDirectory _root = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private Process? _process;

    public static bool IsInstalled => Processes.OnPath(Executable);

    /// <summary><c>127.0.0.1:port</c>, as it appears in image names.</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>Bytes the registry has stored: unchanged when a push uploaded nothing.</summary>
    public long StoredBytes => Directory.Exists(Path.Combine(_root.Path, "data"))
        ? new DirectoryInfo(Path.Combine(_root.Path, "data")).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length)
        : 0;

    /// <summary>An htpasswd line (user:bcrypt-hash) to require; null for an open registry.</summary>
    protected virtual string? Htpasswd => null;

    public Task InitializeAsync()
    {
        if (!IsInstalled)
            return TestEngine.RequiredByCi
                ? throw new InvalidOperationException($"{Executable} is not on PATH: install it (Debian: apt-get install docker-registry); CI=true requires the push tests to run.")
                : Task.CompletedTask;
        return StartAsync();
    }

    private async Task StartAsync()
    {
        Endpoint = $"127.0.0.1:{FreePort.Next()}";
        var auth = Htpasswd is { } line
            ? $"auth:\n  htpasswd:\n    realm: ecsgitops-test\n    path: {_root.Write("htpasswd", line + "\n")}\n"
            : "";
        var config = _root.Write("config.yml", $"""
            version: 0.1
            log:
              level: error
            storage:
              filesystem:
                rootdirectory: {Path.Combine(_root.Path, "data")}
            http:
              addr: {Endpoint}
            {auth}
            """);
        _process = Process.Start(new ProcessStartInfo(Executable, ["serve", config])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"{Executable} did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await Processes.WaitUntilAnsweringAsync(_process, _http, new Uri($"http://{Endpoint}/v2/"), Executable);
    }

    public Task DisposeAsync()
    {
        Processes.Stop(_process);
        _http.Dispose();
        _root.Dispose();
        return Task.CompletedTask;
    }
}
