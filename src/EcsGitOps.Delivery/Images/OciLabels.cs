using System.Globalization;

namespace EcsGitOps.Delivery.Images;

/// <summary>The OCI annotation keys DockerBuild writes as image labels.</summary>
public static partial class OciLabels
{
    public const string Revision = "org.opencontainers.image.revision";
    public const string Source = "org.opencontainers.image.source";
    public const string Created = "org.opencontainers.image.created";
    public const string Version = "org.opencontainers.image.version";
    public const string BaseName = "org.opencontainers.image.base.name";

    /// <summary>Everything but Created, which the builder adds from the source date.</summary>
    public static SortedDictionary<string, string> Stable(DockerBuildOptions options, string? baseImage)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [Revision] = options.Commit,
            [Version] = options.Version,
        };
        if (!string.IsNullOrWhiteSpace(options.SourceUrl)) labels[Source] = options.SourceUrl;
        if (baseImage is not null) labels[BaseName] = baseImage;
        return labels;
    }

    /// <summary>
    /// The repository's URL as the source label wants it: https for a host's git remote (<c>git@host:owner/name.git</c>,
    /// <c>ssh://</c>), without credentials or <c>.git</c>; null for a local path, which names nothing outside this machine.
    /// </summary>
    public static string? RepositoryUrl(string? remote)
    {
        if (string.IsNullOrWhiteSpace(remote)) return null;
        var text = remote.Trim();
        if (ScpLike().Match(text) is { Success: true } scp) text = $"https://{scp.Groups["host"].Value}/{scp.Groups["path"].Value}";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http" or "ssh" or "git")) return null;
        var path = uri.AbsolutePath.EndsWith(".git", StringComparison.Ordinal) ? uri.AbsolutePath[..^4] : uri.AbsolutePath;
        return $"https://{uri.Host}{path.TrimEnd('/')}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[^@/]+@)?(?<host>[^:/]+):(?!//)(?<path>.+)$")]
    private static partial System.Text.RegularExpressions.Regex ScpLike();

    public static string Timestamp(DateTimeOffset created) =>
        created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
