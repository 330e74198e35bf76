namespace EcsGitOps.Build.Cli;

/// <summary>A problem found before anything ran: bad usage, parameters, requirements or build definition (exit 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
