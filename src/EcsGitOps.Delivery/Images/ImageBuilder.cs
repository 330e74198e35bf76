using System.Security.Cryptography;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace EcsGitOps.Delivery.Images;

/// <summary>
/// DockerBuild: publishes the app, builds its Dockerfile through the engine API, tags and labels the image, and rewrites
/// it into its reproducible form (<see cref="ReproducibleImage"/>), so the same sources give the same image ID.
/// </summary>
/// <param name="output">Receives build output line by line.</param>
public sealed class ImageBuilder(Action<string> output)
{
    /// <summary>The label holding the hash of everything that decides the image's content.</summary>
    public const string ContextHashLabel = "io.ecsgitops.context-hash";

    public async Task<BuiltImage> BuildAsync(DockerBuildOptions options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Dockerfile))
            throw new ImageBuildException("Dockerfile not set: pass the path of the Dockerfile to build.");
        var dockerfile = Path.GetFullPath(options.Dockerfile);
        if (!File.Exists(dockerfile))
            throw new ImageBuildException($"Dockerfile not found: {dockerfile}: pass the path of an existing Dockerfile.");
        if (!Directory.Exists(options.ContextDirectory))
            throw new ImageBuildException($"Build context not found: {Path.GetFullPath(options.ContextDirectory)}: pass an existing directory.");
        if (options.BaseImage == DockerBuildOptions.LocalBase && options.Publish is null)
            throw new ImageBuildException($"Base image '{DockerBuildOptions.LocalBase}' is assembled from the published app: set Publish in the DockerBuild options.");
        var tags = ImageTags.For(options);

        var published = options.Publish is { } publish ? await new AppPublisher(output).PublishAsync(publish, cancellationToken) : null;
        using var docker = await DockerEngine.ConnectAsync(options.DockerEndpoint, cancellationToken);
        var baseImage = await ResolveBaseImageAsync(docker, options, published, cancellationToken);

        var context = BuildContext.Collect(options.ContextDirectory, dockerfile);
        await using var archive = await LayerArchive.CreateAsync(context.Entries, cancellationToken);
        var buildArgs = baseImage is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["BASE_IMAGE"] = baseImage };
        var created = OciLabels.Timestamp(options.SourceDate ?? LayerArchive.FixedTime);
        var labels = OciLabels.Stable(options, baseImage);
        labels[OciLabels.Created] = created;
        var hash = ContextHash(archive.Sha256, context.Dockerfile, buildArgs, labels);

        if (await FindByContextHashAsync(docker, hash, cancellationToken) is { } existing)
        {
            await TagAsync(docker, existing.ID, tags, cancellationToken);
            output($"Image {tags[0]} has context hash {hash[..12]} already in the engine: reused");
            return new BuiltImage(existing.ID, tags, hash, existing.Size, Reused: true, baseImage, created);
        }

        labels[ContextHashLabel] = hash;
        await RunBuildAsync(docker, dockerfile, new ImageBuildParameters
        {
            Dockerfile = context.Dockerfile,
            Tags = [.. tags],
            BuildArgs = buildArgs,
            Labels = labels,
            Remove = true,
            ForceRemove = true,
        }, archive.Stream, cancellationToken);

        var built = await docker.TryInspectImageAsync(tags[0], cancellationToken)
            ?? throw new ImageBuildException($"Docker build of {dockerfile} finished but {tags[0]} is not in the engine: check the engine log.");
        var baseLayers = baseImage is null ? 0 : (await docker.TryInspectImageAsync(baseImage, cancellationToken))?.RootFS?.Layers?.Count ?? 0;
        var imageId = await new ReproducibleImage(docker).RewriteAsync(built.ID, tags, baseLayers, options.SourceDate ?? LayerArchive.FixedTime, cancellationToken);
        var image = await docker.TryInspectImageAsync(imageId, cancellationToken)
            ?? throw new ImageBuildException($"Rewriting {tags[0]} into its reproducible form finished but {imageId} is not in the engine: check the engine log.");
        output($"Image {tags[0]} is {imageId} (reproducible: created {created})");
        return new BuiltImage(image.ID, tags, hash, image.Size, Reused: false, baseImage, created);
    }

    private async Task<string?> ResolveBaseImageAsync(IDockerClient docker, DockerBuildOptions options, PublishedApp? published, CancellationToken cancellationToken)
    {
        if (options.BaseImage != DockerBuildOptions.LocalBase)
            return string.IsNullOrWhiteSpace(options.BaseImage) ? null : options.BaseImage;
        var spec = published!.NativeAot ? BaseImageSpec.ForNativeAot(published.Executable) : BaseImageSpec.ForAspNetRuntime(DotnetInstall.Root);
        return (await new LocalBaseImage(docker, output).EnsureAsync(spec, cancellationToken)).Reference;
    }

    private async Task RunBuildAsync(IDockerClient docker, string dockerfile, ImageBuildParameters parameters, Stream context, CancellationToken cancellationToken)
    {
        var log = new BuildLog(output);
        try
        {
            await docker.Images.BuildImageFromDockerfileAsync(parameters, context, [], new Dictionary<string, string>(), log, cancellationToken);
        }
        catch (DockerApiException error)
        {
            throw new ImageBuildException($"Docker build of {dockerfile} failed: {error.ApiMessage()}", error);
        }
        log.Flush();
        if (log.Error is { } message)
            throw new ImageBuildException($"Docker build of {dockerfile} failed at {log.Step ?? "the first step"}: {message}");
    }

    private static async Task<ImagesListResponse?> FindByContextHashAsync(IDockerClient docker, string hash, CancellationToken cancellationToken)
    {
        var filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [$"{ContextHashLabel}={hash}"] = true } };
        var images = await docker.Images.ListImagesAsync(new ImagesListParameters { Filters = filters }, cancellationToken);
        return images.FirstOrDefault();
    }

    private static async Task TagAsync(IDockerClient docker, string imageId, IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        foreach (var (repository, tag) in tags.Select(ImageTags.Split))
            await docker.Images.TagImageAsync(imageId, new ImageTagParameters { RepositoryName = repository, Tag = tag, Force = true }, cancellationToken);
    }

    private static string ContextHash(string archiveSha256, string dockerfile, IDictionary<string, string> buildArgs, IDictionary<string, string> labels)
    {
        var lines = new[] { $"context={archiveSha256}", $"dockerfile={dockerfile}" }
            .Concat(buildArgs.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"arg:{pair.Key}={pair.Value}"))
            .Concat(labels.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"label:{pair.Key}={pair.Value}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
    }
}
