using Docker.DotNet;
using Docker.DotNet.Models;
using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Registry;

/// <summary>Tags an engine image as registry/repository:tag and pushes it through the engine API; returns the digest.</summary>
internal sealed class EnginePush(IDockerClient docker, Action<string> output)
{
    public async Task<string> PushAsync(string imageId, RegistryLogin login, string repository, string tag, CancellationToken cancellationToken)
    {
        var target = $"{login.Registry}/{repository}";
        await docker.Images.TagImageAsync(imageId, new ImageTagParameters { RepositoryName = target, Tag = tag, Force = true }, cancellationToken);
        output($"Pushing {target}:{tag}");
        var log = new PushLog(output, login.Credentials);
        try
        {
            await docker.Images.PushImageAsync(target, new ImagePushParameters { Tag = tag }, Auth(login), log, cancellationToken);
        }
        catch (DockerApiException error)
        {
            // Not chained to the engine's exception: its response body is not ours to vouch for.
            throw PushFailure.From(login, repository, tag, error.ApiMessage());
        }
        if (log.Error is { } message)
            throw PushFailure.From(login, repository, tag, message);
        return log.Digest ?? throw new ImagePushException($"Push of {target}:{tag} finished without reporting a digest: check the engine log and push again.");
    }

    private static AuthConfig Auth(RegistryLogin login) => login.Credentials is { } credentials
        ? new AuthConfig { Username = credentials.Username, Password = credentials.Password, ServerAddress = login.Registry }
        : new AuthConfig();
}
