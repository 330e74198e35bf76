namespace EcsGitOps.Build.Output;

internal enum LogLevel { Debug, Information, Warning, Error }
