using System.Diagnostics;

/// The commit being built: from the CI system when it says, otherwise from git.
static class GitCommit
{
    public static string Short(string root) =>
        (Environment.GetEnvironmentVariable("GITHUB_SHA") ?? Environment.GetEnvironmentVariable("CODEBUILD_RESOLVED_SOURCE_VERSION")
            ?? Git(root, "rev-parse", "HEAD") ?? "unknown") is var sha && sha.Length > 12 ? sha[..12] : "unknown";

    public static string? SourceUrl(string root) =>
        Environment.GetEnvironmentVariable("GITHUB_SERVER_URL") is { } server && Environment.GetEnvironmentVariable("GITHUB_REPOSITORY") is { } repository
            ? $"{server}/{repository}"
            : Git(root, "config", "--get", "remote.origin.url");

    /// The commit's committer time, which images take as their created time when SOURCE_DATE_EPOCH is not set.
    public static DateTimeOffset? Time(string root) =>
        long.TryParse(Git(root, "log", "-1", "--format=%ct", "HEAD"), System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    static string? Git(string root, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
