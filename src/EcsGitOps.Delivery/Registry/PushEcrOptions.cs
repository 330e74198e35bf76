using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Registry;

/// <summary>What PushEcr needs; build/ binds these from parameters and profiles, Delivery reads no environment.</summary>
/// <param name="Image">The built image in the engine: an id or a reference DockerBuild tagged.</param>
/// <param name="RegistryEndpoint">
/// <c>host[:port]</c> to push to instead of ECR's own registry (the local profile's docker-registry); null pushes to ECR.
/// </param>
/// <param name="UseEcrCredentials">Log in with ECR GetAuthorizationToken; false for an open registry.</param>
/// <param name="Credentials">An explicit login for the registry endpoint; wins over ECR's.</param>
/// <param name="RecordInEcr">
/// After pushing to the registry endpoint, record the same manifest in ECR with PutImage, so ECR reports the digest the
/// registry holds (the local profile keeps moto's ECR in step with the local registry this way).
/// </param>
public sealed record PushEcrOptions(
    string Image,
    EcrRepositorySettings Repository,
    string Tag,
    string? RegistryEndpoint = null,
    bool UseEcrCredentials = true,
    RegistryCredentials? Credentials = null,
    bool RecordInEcr = false,
    string DockerEndpoint = DockerEngine.DefaultEndpoint)
{
    /// <summary>True when the image goes to ECR's own registry rather than an endpoint given here.</summary>
    public bool PushesToEcr => RegistryEndpoint is null;

    /// <summary>ECR is called to ensure the repository and log in, or to record the pushed manifest.</summary>
    public bool UsesEcr => PushesToEcr || RecordInEcr || UseEcrCredentials && Credentials is null;
}
