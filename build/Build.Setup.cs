using EcsGitOps.Build;
using EcsGitOps.Delivery.Setup;

partial class Build
{
    string EngineStateDirectory => Path.Combine(TemporaryDirectory, "docker-engine");

    // The tests push to docker-registry too: under CI a missing tool is a failure, so CI gets it installed.
    Target Setup => _ => _
        .Description("Installs and starts what the targets need where this machine lacks it: the Docker engine, docker-registry")
        .Executes(async ct => ReportSummary("Machine", await new MachineSetup(Log.Information)
            .EnsureAsync(new MachineSetupOptions(DockerHost, EngineStateDirectory, RegistryRequired: IsLocalCloud || IsServerBuild), ct)));
}
