using System.Text.RegularExpressions;

namespace EcsGitOps.Delivery.Images;

/// <summary>The references DockerBuild tags: repository:commit and repository:version.</summary>
public static partial class ImageTags
{
    public static IReadOnlyList<string> For(DockerBuildOptions options)
    {
        if (!RepositoryPattern().IsMatch(options.Repository))
            throw new ImageBuildException($"Repository '{options.Repository}' is not a valid image name: use lower-case letters, digits, '.', '_', '-' and '/', optionally after a registry host.");
        foreach (var (name, tag) in new[] { ("Commit", options.Commit), ("Version", options.Version) })
            if (!TagPattern().IsMatch(tag))
                throw new ImageBuildException($"{name} '{tag}' is not a valid image tag: use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-').");
        return [.. new[] { options.Commit, options.Version }.Distinct(StringComparer.Ordinal).Select(tag => $"{options.Repository}:{tag}")];
    }

    public static (string Repository, string Tag) Split(string reference)
    {
        var colon = reference.LastIndexOf(':');
        return colon > reference.LastIndexOf('/') ? (reference[..colon], reference[(colon + 1)..]) : (reference, "latest");
    }

    [GeneratedRegex(@"^([a-zA-Z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex TagPattern();
}
