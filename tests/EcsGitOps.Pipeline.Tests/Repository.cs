namespace EcsGitOps.Pipeline.Tests;

static class Repository
{
    public static readonly string Root = FindRoot();

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EcsGitOps.sln")))
                return dir.FullName;
        throw new InvalidOperationException("The tests run from inside the repository.");
    }
}
