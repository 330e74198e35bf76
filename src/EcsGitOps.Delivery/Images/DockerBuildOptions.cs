namespace EcsGitOps.Delivery.Images;

/// <summary>What DockerBuild needs; build/ binds these from parameters, Delivery reads no environment.</summary>
/// <param name="BaseImage">Passed as the BASE_IMAGE build argument; null keeps the Dockerfile's default;
/// <see cref="LocalBase"/> assembles one from this host's files (offline, CI).</param>
/// <param name="Publish">When given, the app is published into the context before the build.</param>
public sealed record DockerBuildOptions(
    string Dockerfile,
    string ContextDirectory,
    string Repository,
    string Version,
    string Commit,
    string? SourceUrl = null,
    string? BaseImage = null,
    string DockerEndpoint = DockerEngine.DefaultEndpoint,
    AppPublishOptions? Publish = null)
{
    public const string LocalBase = "local";
}
