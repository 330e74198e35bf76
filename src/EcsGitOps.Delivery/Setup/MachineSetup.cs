using System.Diagnostics;
using System.Text.Json;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.LocalCloud;
using EcsGitOps.Delivery.Tools;

namespace EcsGitOps.Delivery.Setup;

/// <param name="StateDirectory">Where the build records a Docker engine it started, so StopEngine can stop it by process id.</param>
/// <param name="RegistryRequired">The local cloud will serve images from docker-registry.</param>
public sealed record MachineSetupOptions(string DockerEndpoint, string StateDirectory, bool RegistryRequired);

/// Provides what the targets need, as NUKE's bootstrap provides the SDK: on Debian or Ubuntu, as root or with passwordless sudo,
/// it installs docker.io and docker-registry and starts dockerd; elsewhere it says in one line what to run. An engine that
/// already answers (Docker Desktop, a CI runner's) is never touched.
public sealed class MachineSetup(Action<string> log)
{
    static readonly TimeSpan EngineStartTimeout = TimeSpan.FromSeconds(60);

    /// Returns what it found or did, in a few words for the summary.
    public async Task<string> EnsureAsync(MachineSetupOptions options, CancellationToken ct)
    {
        var facts = await ReadFactsAsync(options.DockerEndpoint, ct);
        var plan = SetupPlan.For(facts, options.DockerEndpoint, options.RegistryRequired);
        if (plan.Refusal is { } refusal)
            throw new SetupException(refusal);
        if (plan.Warning is { } warning)
            log(warning);

        var done = new List<string>();
        if (plan.Packages.Count > 0)
        {
            log($"Installing {string.Join(" and ", plan.Packages)} with apt-get{(facts.Elevation == Elevation.Sudo ? " (sudo)" : "")}: " +
                "the Docker engine and the local cloud's image registry the targets use are not on this machine.");
            await InstallAsync(plan.Packages, facts.Elevation, ct);
            done.Add($"installed {string.Join(", ", plan.Packages)}");
        }
        // Installing docker.io starts the engine where systemd runs; start it only when it still does not answer.
        if (plan.StartEngine && !await EngineAnswersAsync(options.DockerEndpoint, ct))
        {
            var pid = await StartEngineAsync(options, facts.Elevation, ct);
            done.Add($"started dockerd (pid {pid})");
        }
        return done.Count > 0 ? string.Join("; ", done)
            : $"Docker engine answers at {options.DockerEndpoint}{(facts.HasRegistry ? "; docker-registry installed" : "")}";
    }

    /// Stops a Docker engine that EnsureAsync started; false when it started none.
    public static bool StopEngine(string stateDirectory, Action<string> log)
    {
        var path = StatePath(stateDirectory);
        if (!File.Exists(path))
            return false;
        var started = JsonSerializer.Deserialize<StartedEngine>(File.ReadAllText(path), JsonOptions);
        File.Delete(path);
        if (started is null || !ServerProcess.IsRunning(started.ProcessId))
            return false;
        // SIGTERM lets dockerd stop its containers and containerd; a kill is the last resort.
        ToolProcess.RunAsync(started.Elevation == Elevation.Sudo ? "sudo" : "kill",
            started.Elevation == Elevation.Sudo ? ["-n", "kill", "-TERM", $"{started.ProcessId}"] : ["-TERM", $"{started.ProcessId}"],
            CancellationToken.None).GetAwaiter().GetResult();
        for (var waited = 0; waited < 60 && ServerProcess.IsRunning(started.ProcessId); waited++)
            Thread.Sleep(250);
        if (ServerProcess.IsRunning(started.ProcessId))
            ServerProcess.Stop(started.ProcessId);
        log($"Stopped the Docker engine the build started (pid {started.ProcessId})");
        return true;
    }

    /// /etc/os-release names Debian or Ubuntu as the system or what it is like.
    internal static bool IsDebianLike(string osRelease) =>
        osRelease.Split('\n')
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].Trim() is "ID" or "ID_LIKE")
            .SelectMany(pair => pair[1].Trim().Trim('"').Split(' '))
            .Any(id => id is "debian" or "ubuntu");

    async Task<MachineFacts> ReadFactsAsync(string endpoint, CancellationToken ct)
    {
        var isLinux = OperatingSystem.IsLinux();
        var elevation = Environment.IsPrivilegedProcess ? Elevation.Root
            : isLinux && ServerProcess.FindOnPath("sudo") is not null && (await ToolProcess.RunAsync("sudo", ["-n", "true"], ct)).ExitCode == 0 ? Elevation.Sudo
            : Elevation.None;
        var hasApt = isLinux && File.Exists("/etc/os-release") && IsDebianLike(await File.ReadAllTextAsync("/etc/os-release", ct))
            && ServerProcess.FindOnPath("apt-get") is not null;
        return new MachineFacts(isLinux, await EngineAnswersAsync(endpoint, ct), endpoint == DockerEngine.DefaultEndpoint,
            Dockerd() is not null, ServerProcess.FindOnPath(LocalRegistry.Executable) is not null, elevation, hasApt);
    }

    async Task InstallAsync(IReadOnlyList<string> packages, Elevation elevation, CancellationToken ct)
    {
        string[] prefix = elevation == Elevation.Sudo ? ["-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"] : [];
        var apt = elevation == Elevation.Sudo ? "sudo" : "apt-get";
        var environment = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        string[][] steps = [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", .. packages]];
        foreach (var arguments in steps)
        {
            var (exitCode, output, error) = await ToolProcess.RunAsync(apt, [.. prefix, .. arguments], ct, environment: environment);
            if (exitCode != 0)
                throw new SetupException($"apt-get {arguments[0]} failed (exit {exitCode}): {ToolProcess.LastLine(output + error) ?? "no output"}. " +
                    $"Run `{(elevation == Elevation.Sudo ? "sudo " : "")}apt-get install -y {string.Join(' ', packages)}` yourself and run the build again.");
        }
    }

    async Task<int> StartEngineAsync(MachineSetupOptions options, Elevation elevation, CancellationToken ct)
    {
        var dockerd = Dockerd() ?? throw new SetupException("dockerd not found after installing docker.io: see apt-get's output above.");
        Directory.CreateDirectory(options.StateDirectory);
        var logFile = Path.Combine(options.StateDirectory, "dockerd.log");
        log($"Starting dockerd {string.Join(' ', SetupPlan.DockerdArguments)} (works without a bridge network; log: {logFile})");
        var pid = elevation == Elevation.Sudo
            ? ServerProcess.Start("sudo", ["-n", dockerd, .. SetupPlan.DockerdArguments], logFile, "")
            : ServerProcess.Start(dockerd, SetupPlan.DockerdArguments, logFile, "");
        await File.WriteAllTextAsync(StatePath(options.StateDirectory), JsonSerializer.Serialize(new StartedEngine(pid, elevation), JsonOptions), ct);

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < EngineStartTimeout && ServerProcess.IsRunning(pid))
        {
            if (await EngineAnswersAsync(options.DockerEndpoint, ct))
                return pid;
            await Task.Delay(250, ct);
        }
        var tail = File.Exists(logFile) ? ToolProcess.LastLine(await File.ReadAllTextAsync(logFile, ct)) ?? "no output" : "no log";
        StopEngine(options.StateDirectory, log);
        throw new SetupException($"dockerd did not answer at {options.DockerEndpoint} within {EngineStartTimeout.TotalSeconds:0} s: {tail} (see {logFile}).");
    }

    static async Task<bool> EngineAnswersAsync(string endpoint, CancellationToken ct)
    {
        try
        {
            using var client = await DockerEngine.ConnectAsync(endpoint, ct);
            return true;
        }
        catch (ImageBuildException)
        {
            return false;
        }
    }

    // Debian installs dockerd in /usr/sbin, which a user's PATH often leaves out.
    static string? Dockerd() => ServerProcess.FindOnPath("dockerd") ?? (File.Exists("/usr/sbin/dockerd") ? "/usr/sbin/dockerd" : null);

    static string StatePath(string directory) => Path.Combine(directory, "engine.json");

    static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    sealed record StartedEngine(int ProcessId, Elevation Elevation);
}
