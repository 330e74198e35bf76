using System.Text;
using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecr;

namespace EcsGitOps.Delivery.Registry;

/// <summary>Turns ECR GetAuthorizationToken into a registry login: the token is base64 "AWS:password".</summary>
internal static class EcrLogin
{
    public static async Task<RegistryLogin> GetAsync(EcrClient ecr, string? registryId, CancellationToken cancellationToken)
    {
        GetAuthorizationTokenResponse response;
        try
        {
            response = await ecr.GetAuthorizationTokenAsync(new() { RegistryIds = registryId is null ? null : [registryId] }, cancellationToken);
        }
        catch (AwsServiceException error)
        {
            throw new ImagePushException($"ECR login failed: {error.Message}: check the credentials and region, and that they allow ecr:GetAuthorizationToken.", error);
        }
        var data = response.AuthorizationData?.FirstOrDefault(item => item.AuthorizationToken is { Length: > 0 } && item.ProxyEndpoint is { Length: > 0 })
            ?? throw new ImagePushException("ECR GetAuthorizationToken returned no token and endpoint: check the region and registry id.");
        var credentials = Decode(data.AuthorizationToken!)
            ?? throw new ImagePushException($"ECR GetAuthorizationToken for {data.ProxyEndpoint} returned a token that is not base64 'user:password': check the endpoint is ECR.");
        var registry = Uri.TryCreate(data.ProxyEndpoint, UriKind.Absolute, out var endpoint) ? endpoint.Authority : data.ProxyEndpoint!;
        return new RegistryLogin(registry, credentials);
    }

    // Decoding failures must not quote the token, so nothing here reaches a message.
    private static RegistryCredentials? Decode(string token)
    {
        var bytes = new byte[token.Length];
        if (!Convert.TryFromBase64String(token, bytes, out var length)) return null;
        var text = Encoding.UTF8.GetString(bytes, 0, length);
        var colon = text.IndexOf(':');
        return colon > 0 && colon < text.Length - 1 ? new RegistryCredentials(text[..colon], text[(colon + 1)..]) : null;
    }
}
