using Docker.DotNet;
using Docker.DotNet.Models;
using EcsGitOps.Aws.Ecr;
using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Registry;

/// <summary>PushEcr: ensures the repository, pushes the built image through the engine, and names it by its digest.</summary>
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
        var recorder = ecr is null ? null : new EcrImageRecorder(ecr);

        if (await FindPushedAsync(options, login, image, registry, recorder, cancellationToken) is { } already)
            return already;

        var digest = await new EnginePush(docker, output).PushAsync(image.ID, login, repository, options.Tag, cancellationToken);
        output($"Pushed {login.Registry}/{repository}:{options.Tag} as {digest}");
        if (options.PushesToEcr)
            return new PushedImage(login.Registry, repository, options.Tag, digest, await EcrSizeAsync(recorder!, options, digest, image, cancellationToken), Skipped: false, RecordedInEcr: false);

        var manifest = await registry.GetManifestAsync(repository, digest, cancellationToken);
        if (options.RecordInEcr)
            await RecordAsync(recorder!, options, manifest, cancellationToken);
        return new PushedImage(login.Registry, repository, options.Tag, digest, manifest.ImageSize, Skipped: false, options.RecordInEcr);
    }

    /// <summary>
    /// The engine remembers the digest each registry gave an image (RepoDigests); when the registry still holds that
    /// digest under the tag, pushing again would change nothing.
    /// </summary>
    private async Task<PushedImage?> FindPushedAsync(PushEcrOptions options, RegistryLogin login, ImageInspectResponse image, RegistryApi registry,
        EcrImageRecorder? recorder, CancellationToken cancellationToken)
    {
        var repository = options.Repository.Name;
        var prefix = $"{login.Registry}/{repository}@";
        var known = (image.RepoDigests ?? []).Where(reference => reference.StartsWith(prefix, StringComparison.Ordinal))
            .Select(reference => reference[prefix.Length..]).ToHashSet(StringComparer.Ordinal);
        if (known.Count == 0) return null;

        if (options.PushesToEcr)
        {
            foreach (var candidate in known)
                if (await recorder!.FindAsync(options.Repository, candidate, cancellationToken) is { } pushed && (pushed.ImageTags ?? []).Contains(options.Tag))
                    return Skipped(login, options, candidate, pushed.ImageSizeInBytes ?? image.Size, recorded: false);
            return null;
        }

        if (await registry.FindDigestAsync(repository, options.Tag, cancellationToken) is not { } digest || !known.Contains(digest))
            return null;
        var manifest = await registry.GetManifestAsync(repository, digest, cancellationToken);
        var recorded = false;
        if (options.RecordInEcr)
        {
            var inEcr = await recorder!.FindAsync(options.Repository, digest, cancellationToken);
            if (inEcr?.ImageTags?.Contains(options.Tag) != true)
            {
                await RecordAsync(recorder, options, manifest, cancellationToken);
                recorded = true;
            }
        }
        return Skipped(login, options, digest, manifest.ImageSize, recorded);
    }

    private PushedImage Skipped(RegistryLogin login, PushEcrOptions options, string digest, long size, bool recorded)
    {
        output($"{login.Registry}/{options.Repository.Name}:{options.Tag} already holds {digest}: push skipped");
        return new PushedImage(login.Registry, options.Repository.Name, options.Tag, digest, size, Skipped: true, recorded);
    }

    private async Task RecordAsync(EcrImageRecorder recorder, PushEcrOptions options, RegistryManifest manifest, CancellationToken cancellationToken)
    {
        await recorder.RecordAsync(options.Repository, manifest, options.Tag, cancellationToken);
        output($"Recorded {options.Repository.Name}:{options.Tag} in ECR as {manifest.Digest}");
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

    private static async Task<long> EcrSizeAsync(EcrImageRecorder recorder, PushEcrOptions options, string digest, ImageInspectResponse image, CancellationToken cancellationToken) =>
        (await recorder.FindAsync(options.Repository, digest, cancellationToken))?.ImageSizeInBytes ?? image.Size;

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
