using System.Globalization;

namespace EcsGitOps.Delivery.Images;

/// <summary>The OCI annotation keys DockerBuild writes as image labels.</summary>
public static class OciLabels
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

    public static string Timestamp(DateTimeOffset created) =>
        created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
