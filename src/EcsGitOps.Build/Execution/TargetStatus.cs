namespace EcsGitOps.Build.Execution;

internal enum TargetStatus { Succeeded, Failed, Skipped, UpToDate, NotRun, Cancelled }
