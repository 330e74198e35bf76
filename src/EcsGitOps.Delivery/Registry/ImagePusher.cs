using Docker.DotNet;
using EcsGitOps.Aws.Ecr;
using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Registry;

/// <summary>PushEcr: ensures the repository, pushes the built image through the engine, and names it by its digest.</summary>
/// <remarks>
/// ECR and the local registry are read the same way, through the registry HTTP API (ECR takes the login as HTTP Basic),
/// so the skip check and the manifest read-back are one code path whichever registry is behind them.
/// </remarks>
/// <param name="ecr">Null only when nothing in the options needs ECR (an open registry, nothing recorded).</param>
/// <param name="http">Reads manifests back from the registry's HTTP API.</param>
public sealed class ImagePusher(EcrClient? ecr, HttpClient http, Action<string> output)
{
    public async Task<PushedImage> PushAsync(PushEcrOptions options, CancellationToken cancellationToken)
    {
        ImageNames.ValidateRepository(options.Repository.Name);
        ImageNames.ValidateTag(options.Tag);
        if (options.UsesEcr && ecr is null)
            throw new ImagePushException($"PushEcr to {options.RegistryEndpoint ?? "ECR"} needs ECR but no AWS clients were given: configure AWS credentials and region.");
        if (options.PushesToEcr || options.RecordInEcr)
            await new EcrRepositoryEnsurer(ecr!, output).EnsureAsync(options.Repository, cancellationToken);
        var login = await LoginAsync(options, cancellationToken);

        using var docker = await ConnectAsync(options.DockerEndpoint, cancellationToken);
        var image = await docker.TryInspectImageAsync(options.Image, cancellationToken)
            ?? throw new ImagePushException($"Image {options.Image} is not in the Docker engine: run DockerBuild first, or pass the reference it tagged.");
        var repository = options.Repository.Name;
        var registry = new RegistryApi(http, login);

        var existing = await AlreadyPushedAsync(options, login, image.ID, registry, cancellationToken);
        var skipped = existing is not null;
        var digest = existing;
        if (digest is null)
        {
            digest = await new EnginePush(docker, output).PushAsync(image.ID, login, repository, options.Tag, cancellationToken);
            output($"Pushed {login.Registry}/{repository}:{options.Tag} as {digest}");
        }
        else
            output($"{login.Registry}/{repository}:{options.Tag} already holds {digest}, the manifest of image {image.ID}: already pushed, nothing uploaded");

        var manifest = await registry.GetManifestAsync(repository, digest, cancellationToken);
        // What the registry now holds must be this build's image, whatever the engine's tags say.
        if (manifest.ConfigDigest is { } config && config != image.ID)
            throw new ImagePushException($"Registry {login.Registry} holds {repository}@{digest} as image {config}, not the {image.ID} this build made: "
                + "another build pushed the same tag at the same time; run PushEcr again.");
        var recorded = options.RecordInEcr && await RecordInEcrAsync(new EcrImageRecorder(ecr!), options, manifest, cancellationToken);
        return new PushedImage(login.Registry, repository, options.Tag, digest, manifest.ImageSize, skipped, recorded);
    }

    /// <summary>
    /// The digest the registry's tag names when its manifest is this very image (its config digest is the image ID, which
    /// a reproducible build gives every clone of the commit): pushing again would upload nothing new. Null when a push is
    /// needed. A tag on another image is refused when tags are immutable, rather than moved.
    /// </summary>
    private static async Task<string?> AlreadyPushedAsync(PushEcrOptions options, RegistryLogin login, string imageId, RegistryApi registry,
        CancellationToken cancellationToken)
    {
        var repository = options.Repository.Name;
        if (await registry.FindDigestAsync(repository, options.Tag, cancellationToken) is not { } digest) return null;
        var held = (await registry.GetManifestAsync(repository, digest, cancellationToken)).ConfigDigest;
        if (held == imageId) return digest;
        if (options.Repository.ImmutableTags)
            throw new ImagePushException($"Registry {login.Registry} already has {repository}:{options.Tag} on image {held ?? digest}, not this build's {imageId}, "
                + "and tags are immutable: give this build a new version, or build the sources that tag was pushed from.");
        return null;
    }

    /// <summary>Records the manifest unless ECR already holds it under the tag; true when it recorded.</summary>
    private async Task<bool> RecordInEcrAsync(EcrImageRecorder recorder, PushEcrOptions options, RegistryManifest manifest, CancellationToken cancellationToken)
    {
        var existing = await recorder.FindAsync(options.Repository, manifest.Digest, cancellationToken);
        if (existing?.ImageTags?.Contains(options.Tag) == true) return false;
        if (!await recorder.RecordAsync(options.Repository, manifest, options.Tag, cancellationToken))
        {
            output($"ECR already records {options.Repository.Name}:{options.Tag} as {manifest.Digest}: already pushed");
            return false;
        }
        output($"Recorded {options.Repository.Name}:{options.Tag} in ECR as {manifest.Digest}");
        return true;
    }

    private async Task<RegistryLogin> LoginAsync(PushEcrOptions options, CancellationToken cancellationToken)
    {
        if (options.PushesToEcr || options.UseEcrCredentials && options.Credentials is null)
        {
            var ecrLogin = await EcrLogin.GetAsync(ecr!, options.Repository.RegistryId, cancellationToken);
            return options.RegistryEndpoint is { } endpoint ? ecrLogin with { Registry = endpoint } : ecrLogin;
        }
        return new RegistryLogin(options.RegistryEndpoint!, options.Credentials);
    }

    private static async Task<IDockerClient> ConnectAsync(string endpoint, CancellationToken cancellationToken)
    {
        try
        {
            return await DockerEngine.ConnectAsync(endpoint, cancellationToken);
        }
        catch (ImageBuildException error)
        {
            throw new ImagePushException(error.Message, error);
        }
    }
}
