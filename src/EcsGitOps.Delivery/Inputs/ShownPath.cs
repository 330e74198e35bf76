namespace EcsGitOps.Delivery.Inputs;

/// <summary>
/// A file's path as messages show it: relative to the working directory when the file is below it (infra/service.yaml,
/// what the user can paste into cfn-lint or an editor), else in full.
/// </summary>
internal static class ShownPath
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? full
            : relative.Replace('\\', '/');
    }
}
