namespace EcsGitOps.Delivery.Setup;

/// What to install and start on this machine, or the one line that tells the user what to run instead.
/// Decided from <see cref="MachineFacts"/> alone, so every machine the build meets is a test case.
public sealed record SetupPlan(IReadOnlyList<string> Packages, bool StartEngine, string? Refusal, string? Warning)
{
    /// The flags that work on a machine without a bridge network (containers then share the host's network).
    public static readonly IReadOnlyList<string> DockerdArguments = ["--iptables=false", "--ip6tables=false", "--bridge=none"];

    public bool IsNothingToDo => Packages.Count == 0 && !StartEngine && Refusal is null;

    /// <param name="registryRequired">The local cloud will run docker-registry (else its absence only skips tests).</param>
    public static SetupPlan For(MachineFacts facts, string endpoint, bool registryRequired)
    {
        var packages = new List<string>();
        var canInstall = facts.HasApt && facts.Elevation != Elevation.None;
        var sudo = facts.Elevation == Elevation.Root ? "" : "sudo ";
        var startEngine = false;

        if (!facts.EngineAnswers)
        {
            var unreachable = $"Docker engine not reachable at {endpoint}";
            if (!facts.EndpointIsLocal)
                return Refuse($"{unreachable}: start the engine there, or leave out --docker-host and DOCKER_HOST to use this machine's.");
            if (!facts.IsLinux)
                return Refuse($"{unreachable}: start Docker Desktop (or another Docker engine) and run the build again.");
            if (facts.Elevation == Elevation.None)
                return Refuse(facts.HasDockerd
                    ? $"{unreachable}: start it with `sudo systemctl start docker`, or where there is no systemd `sudo dockerd {string.Join(' ', DockerdArguments)} &`."
                    : facts.HasApt
                        ? $"{unreachable} and not installed: run `sudo apt-get install -y docker.io docker-registry && sudo dockerd {string.Join(' ', DockerdArguments)} &`, or run the build as root."
                        : $"{unreachable} and not installed: install Docker Engine (https://docs.docker.com/engine/install/), start it and run the build again.");
            if (!facts.HasDockerd && !facts.HasApt)
                return Refuse($"{unreachable} and not installed, and this machine has no apt-get: install Docker Engine (https://docs.docker.com/engine/install/) and start it.");
            if (!facts.HasDockerd)
                packages.Add("docker.io");
            startEngine = true;
        }

        string? warning = null;
        if (!facts.HasRegistry)
        {
            if (canInstall)
                packages.Add("docker-registry");
            else if (registryRequired)
                return Refuse($"docker-registry not found on PATH: the local cloud serves images from it. Run `{sudo}apt-get install -y docker-registry` (Debian, Ubuntu), or put the CNCF distribution `registry` binary on PATH as docker-registry.");
            else
                warning = "docker-registry not found on PATH: the tests that push to a registry are skipped (under CI=true they fail).";
        }
        return new(packages, startEngine, null, warning);

        static SetupPlan Refuse(string line) => new([], false, line, null);
    }
}
