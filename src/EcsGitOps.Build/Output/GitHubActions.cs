namespace EcsGitOps.Build.Output;

/// <summary>Workflow commands as GitHub documents them: data escapes %, CR and LF; properties also : and ,.</summary>
internal static class GitHubActions
{
    public static string Error(string title, string message) => $"::error title={Property(title)}::{Data(message)}";

    static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
