namespace EcsGitOps.Delivery.Tests.Stacks.Fixtures;

static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "EcsGitOps.sln")))
                return directory.FullName;
        throw new InvalidOperationException($"EcsGitOps.sln not found above {AppContext.BaseDirectory}");
    }
}
