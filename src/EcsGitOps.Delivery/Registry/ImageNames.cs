using System.Text.RegularExpressions;

namespace EcsGitOps.Delivery.Registry;

/// <summary>Checks repository names and tags before anything is created or pushed, so a typo fails with its rule.</summary>
internal static partial class ImageNames
{
    public static void ValidateRepository(string name)
    {
        // A full repository URI is a valid name to ECR, and would create "123456789012.dkr.ecr.../sample-api" inside the registry.
        if (name.Split('/')[0] is var first && (first.Contains(".dkr.ecr.", StringComparison.Ordinal) || first.Contains(':')))
            throw new ImagePushException($"Repository '{name}' includes the registry host: pass the name only ('{name[(name.IndexOf('/') + 1)..]}'); the registry comes from ECR or the registry endpoint.");
        if (!RepositoryPattern().IsMatch(name))
            throw new ImagePushException($"Repository '{name}' is not a valid ECR repository name: use 2 to 256 lower-case letters, digits and '.', '_', '-', '/' separators, without the registry host.");
    }

    public static void ValidateTag(string tag)
    {
        if (!TagPattern().IsMatch(tag))
            throw new ImagePushException($"Tag '{tag}' is not a valid image tag: use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-').");
    }

    [GeneratedRegex(@"^(?=.{2,256}$)[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex TagPattern();
}
