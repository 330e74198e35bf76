using EcsGitOps.Build.Output;
using EcsGitOps.Build.Parameters;

namespace EcsGitOps.Build.Cli;

/// <param name="Skip">Null when --skip was not given; empty for a bare --skip (skip all but the invoked targets).</param>
internal sealed record CommandLine(
    IReadOnlyList<string> Targets,
    IReadOnlyList<string>? Skip,
    IReadOnlyList<string> Profiles,
    IReadOnlyDictionary<ParameterMember, ParameterValue> Parameters,
    string? Root = null,
    Verbosity Verbosity = Verbosity.Normal,
    bool Help = false,
    bool Plan = false,
    bool Continue = false,
    bool NoCache = false,
    bool Parallel = false,
    bool GenerateSchema = false)
{
    /// <summary>Words taken as targets because they followed a bool flag and were not true or false.</summary>
    public IReadOnlyList<(string Word, ParameterMember Flag)> AfterFlags { get; init; } = [];
}
