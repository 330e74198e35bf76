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
            throw Failure(login, target, tag, error.ApiMessage());
        }
        if (log.Error is { } message)
            throw Failure(login, target, tag, message);
        return log.Digest ?? throw new ImagePushException($"Push of {target}:{tag} finished without reporting a digest: check the engine log and push again.");
    }

    private static AuthConfig Auth(RegistryLogin login) => login.Credentials is { } credentials
        ? new AuthConfig { Username = credentials.Username, Password = credentials.Password, ServerAddress = login.Registry }
        : new AuthConfig();

    // Not chained to the engine's exception: its response body is not ours to vouch for.
    private static ImagePushException Failure(RegistryLogin login, string target, string tag, string message)
    {
        var reason = Secrets.Scrub(message, login.Credentials);
        if (!IsAuthFailure(reason))
            return new ImagePushException($"Push of {target}:{tag} failed: {reason}: check the registry and the engine log.");
        var what = login.Credentials is null ? "the push (no credentials given)" : $"the credentials of user {login.Credentials.Username}";
        var fix = login.Credentials is null ? "give the registry's credentials" : "check the registry credentials (for ECR: that they allow ecr:InitiateLayerUpload and ecr:PutImage)";
        return new ImagePushException($"Registry {login.Registry} refused {what} for {target}:{tag}: {reason}: {fix}.");
    }

    private static bool IsAuthFailure(string message) =>
        new[] { "unauthorized", "authentication required", "no basic auth credentials", "denied", "403 Forbidden" }
            .Any(marker => message.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
