namespace EcsGitOps.Benchmarks;

static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EcsGitOps.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Run the benchmarks from inside the EcsGitOps repository.");
    }
}
