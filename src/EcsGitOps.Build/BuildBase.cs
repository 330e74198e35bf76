namespace EcsGitOps.Build;

public abstract class BuildBase
{
    /// <summary>--root, else the nearest parent folder holding .nuke/, else the working directory.</summary>
    public string RootDirectory { get; internal set; } = Directory.GetCurrentDirectory();

    public string TemporaryDirectory => Path.Combine(RootDirectory, ".nuke", "temp");

    public IReadOnlyList<string> Profiles { get; internal set; } = [];

    /// <summary>True under CI=true or GITHUB_ACTIONS=true.</summary>
    public bool IsServerBuild { get; internal set; }

    public BuildLog Log { get; internal set; } = BuildLog.Silent();

    /// <summary>Adds a note to the current target's row of the summary table.</summary>
    public void ReportSummary(string key, string value) => Log.Report(key, value);

    /// <summary>Runs after parameters are bound and before planning; throw to reject them (exit 2).</summary>
    protected virtual void OnBuildInitialized() { }

    protected virtual void OnBuildFinished(bool succeeded) { }

    internal void NotifyInitialized() => OnBuildInitialized();

    internal void NotifyFinished(bool succeeded) => OnBuildFinished(succeeded);
}
