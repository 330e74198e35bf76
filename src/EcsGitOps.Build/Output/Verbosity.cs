namespace EcsGitOps.Build.Output;

/// <summary>Quiet shows errors only; minimal adds warnings, target headers and the summary; verbose adds debug lines.</summary>
internal enum Verbosity { Quiet, Minimal, Normal, Verbose }
