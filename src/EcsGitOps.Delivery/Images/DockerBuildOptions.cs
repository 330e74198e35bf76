namespace EcsGitOps.Delivery.Images;

/// <summary>What DockerBuild needs; build/ binds these from parameters, Delivery reads no environment.</summary>
/// <param name="BaseImage">Passed as the BASE_IMAGE build argument; null keeps the Dockerfile's default;
/// <see cref="LocalBase"/> assembles one from this host's files (offline, CI).</param>
/// <param name="Publish">When given, the app is published into the context before the build.</param>
/// <param name="SourceDate">The image's created time (SOURCE_DATE_EPOCH, or the commit's time); null is
/// <see cref="LayerArchive.FixedTime"/>. Never the clock, so the same sources give the same image ID.</param>
public sealed record DockerBuildOptions(
    string Dockerfile,
    string ContextDirectory,
    string Repository,
    string Version,
    string Commit,
    string? SourceUrl = null,
    string? BaseImage = null,
    string DockerEndpoint = DockerEngine.DefaultEndpoint,
    AppPublishOptions? Publish = null,
    DateTimeOffset? SourceDate = null)
{
    public const string LocalBase = "local";
}
