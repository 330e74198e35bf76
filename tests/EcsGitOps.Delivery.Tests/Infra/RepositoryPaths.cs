namespace EcsGitOps.Delivery.Tests.Infra;

/// <summary>Files of this repository, found from the test binaries by walking up to EcsGitOps.sln.</summary>
static class RepositoryPaths
{
    public static readonly string Root = FindRoot(AppContext.BaseDirectory);

    public static string Infra(string file = "") => Path.Combine(Root, "infra", file);

    public static string Templates(string file = "") => Path.Combine(Root, "templates", file);

    public static IReadOnlyList<string> CloudFormationTemplates =>
        [.. Directory.GetFiles(Infra(), "*.yaml").Order(StringComparer.Ordinal)];

    static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "EcsGitOps.sln")))
                return directory.FullName;
        throw new InvalidOperationException($"EcsGitOps.sln not found above {start}");
    }
}
