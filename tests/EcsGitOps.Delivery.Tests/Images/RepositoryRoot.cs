namespace EcsGitOps.Delivery.Tests.Images;

public static class RepositoryRoot
{
    public static string Path { get; } = Find(AppContext.BaseDirectory);

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find(string directory) =>
        File.Exists(System.IO.Path.Combine(directory, "EcsGitOps.sln"))
            ? directory
            : Find(Directory.GetParent(directory)?.FullName ?? throw new InvalidOperationException("EcsGitOps.sln not found above the test binaries."));
}
