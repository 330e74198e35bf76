namespace EcsGitOps.Build.Execution;

/// <param name="Reason">Why it was skipped, or the failure message.</param>
internal sealed record TargetResult(string Name, TargetStatus Status, TimeSpan Duration = default, string? Reason = null, IReadOnlyList<string>? Notes = null)
{
    public bool Broken => Status is TargetStatus.Failed or TargetStatus.NotRun or TargetStatus.Cancelled;

    public bool Done => Status is TargetStatus.Succeeded or TargetStatus.UpToDate;

    public string StatusText => Status switch
    {
        TargetStatus.Skipped => $"Skipped ({Reason})",
        TargetStatus.UpToDate => "Up to date",
        TargetStatus.NotRun => "Not run",
        _ => Status.ToString(),
    };
}
