using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Registry;

/// <summary>The registry's HTTP API (distribution v2), to read back by digest what the engine pushed.</summary>
public sealed class RegistryApi(HttpClient http, RegistryLogin login)
{
    /// <summary>Single-image manifests first: asked for a digest, the registry serves what was pushed whichever it prefers.</summary>
    public static readonly IReadOnlyList<string> ManifestMediaTypes =
    [
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
    ];

    /// <param name="reference">A digest (<c>sha256:...</c>) or a tag.</param>
    public async Task<RegistryManifest> GetManifestAsync(string repository, string reference, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, repository, reference, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
            throw new ImagePushException($"Registry {login.Registry} has no manifest {repository}@{reference}: push the image first.");
        await EnsureSuccessAsync(response, repository, reference, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (reference.StartsWith("sha256:", StringComparison.Ordinal) && digest != reference)
            throw new ImagePushException($"Registry {login.Registry} served {repository}@{reference} with content of digest {digest}: the registry is not trustworthy, check it.");
        var content = Encoding.UTF8.GetString(bytes);
        var named = MediaTypeIn(content) ?? throw new ImagePushException(
            $"Registry {login.Registry} served {repository}@{reference} as something other than a JSON manifest (\"{ResponseBody.Summary(content)}\"): "
            + "is it a registry (v2 API)? Check the registry endpoint, or the proxy in front of it.");
        return new RegistryManifest(digest, response.Content.Headers.ContentType?.MediaType is { Length: > 0 } type && type != "application/json" ? type : named, content);
    }

    /// <summary>The digest a tag or digest resolves to in the registry, or null when the registry does not have it.</summary>
    public async Task<string?> FindDigestAsync(string repository, string reference, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Head, repository, reference, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        await EnsureSuccessAsync(response, repository, reference, cancellationToken);
        return response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.FirstOrDefault() : null;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string repository, string reference, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(login.ApiBase, $"v2/{repository}/manifests/{reference}"));
        foreach (var type in ManifestMediaTypes)
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
        if (login.Credentials is { } credentials)
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials.BasicToken);
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException error)
        {
            throw new ImagePushException($"Registry {login.Registry} not reachable at {login.ApiBase}: {error.Message}: start it or correct the registry endpoint.", error);
        }
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, string repository, string reference, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return;
        var body = response.Content is null ? "" : await response.Content.ReadAsStringAsync(cancellationToken);
        var detail = Secrets.Scrub(ResponseBody.Summary(body), login.Credentials);
        throw response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? PushFailure.Refused(login, $"{login.Registry}/{repository}{(reference.StartsWith("sha256:", StringComparison.Ordinal) ? "@" : ":")}{reference}",
                $"HTTP {(int)response.StatusCode} {ResponseBody.ReasonPhrase((int)response.StatusCode)}{(detail.Length > 0 ? $" ({detail})" : "")}")
            : new ImagePushException($"Registry {login.Registry} answered HTTP {(int)response.StatusCode} for {repository}@{reference}: {(detail.Length > 0 ? detail : "no reason given")}: check the registry log.");
    }

    /// <summary>The manifest's own mediaType, the first of <see cref="ManifestMediaTypes"/> when it names none; null when it is not a JSON object.</summary>
    private static string? MediaTypeIn(string content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            return document.RootElement.TryGetProperty("mediaType", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() is { Length: > 0 } text
                ? text
                : ManifestMediaTypes[0];
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
