namespace EcsGitOps.Delivery.Registry;

/// <summary>Where to push (<c>host[:port]</c>, as it appears in image names) and as whom; anonymous when Credentials is null.</summary>
public sealed record RegistryLogin(string Registry, RegistryCredentials? Credentials)
{
    /// <summary>Docker's rule: loopback registries speak plain HTTP, every other registry HTTPS.</summary>
    public Uri ApiBase => new($"{(IsLoopback ? "http" : "https")}://{Registry}/");

    private bool IsLoopback =>
        new Uri($"http://{Registry}/").Host is var host
        && (host == "localhost" || System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
}
