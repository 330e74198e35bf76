namespace EcsGitOps.Delivery.Setup;

/// How the build may change this machine: as root, through passwordless sudo, or not at all.
public enum Elevation { None, Root, Sudo }

/// What this machine has of what the targets need, read before anything is changed.
/// <param name="EngineAnswers">The Docker engine at the configured endpoint answers a ping.</param>
/// <param name="EndpointIsLocal">The endpoint is this machine's default socket, so an engine started here would serve it.</param>
/// <param name="HasApt">Debian or Ubuntu with apt-get, where the engine and registry come as docker.io and docker-registry.</param>
public sealed record MachineFacts(
    bool IsLinux, bool EngineAnswers, bool EndpointIsLocal, bool HasDockerd, bool HasRegistry, Elevation Elevation, bool HasApt);
