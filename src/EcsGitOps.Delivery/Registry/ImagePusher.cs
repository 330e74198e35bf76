using Docker.DotNet;
using Docker.DotNet.Models;
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

        var digest = await AlreadyPushedAsync(login, repository, options.Tag, image, registry, cancellationToken);
        var skipped = digest is not null;
        if (digest is null)
        {
            digest = await new EnginePush(docker, output).PushAsync(image.ID, login, repository, options.Tag, cancellationToken);
            output($"Pushed {login.Registry}/{repository}:{options.Tag} as {digest}");
        }
        else
            output($"{login.Registry}/{repository}:{options.Tag} already holds {digest}: push skipped");

        var manifest = await registry.GetManifestAsync(repository, digest, cancellationToken);
        var recorded = options.RecordInEcr && await RecordInEcrAsync(new EcrImageRecorder(ecr!), options, manifest, cancellationToken);
        return new PushedImage(login.Registry, repository, options.Tag, digest, manifest.ImageSize, skipped, recorded);
    }

    /// <summary>
    /// The engine remembers the digest each registry gave an image (RepoDigests); when the registry's tag still names
    /// one of them, pushing again would change nothing. Null when a push is needed.
    /// </summary>
    private static async Task<string?> AlreadyPushedAsync(RegistryLogin login, string repository, string tag, ImageInspectResponse image,
        RegistryApi registry, CancellationToken cancellationToken)
    {
        var prefix = $"{login.Registry}/{repository}@";
        var known = (image.RepoDigests ?? []).Where(reference => reference.StartsWith(prefix, StringComparison.Ordinal))
            .Select(reference => reference[prefix.Length..]).ToHashSet(StringComparer.Ordinal);
        if (known.Count == 0) return null;
        return await registry.FindDigestAsync(repository, tag, cancellationToken) is { } digest && known.Contains(digest) ? digest : null;
    }

    /// <summary>Records the manifest unless ECR already holds it under the tag; true when it recorded.</summary>
    private async Task<bool> RecordInEcrAsync(EcrImageRecorder recorder, PushEcrOptions options, RegistryManifest manifest, CancellationToken cancellationToken)
    {
        var existing = await recorder.FindAsync(options.Repository, manifest.Digest, cancellationToken);
        if (existing?.ImageTags?.Contains(options.Tag) == true) return false;
        await recorder.RecordAsync(options.Repository, manifest, options.Tag, cancellationToken);
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
