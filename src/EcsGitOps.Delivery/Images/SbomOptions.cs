namespace EcsGitOps.Delivery.Images;

/// <summary>What the SBOM describes and where it goes; <see cref="ToolRoot"/> holds .config/dotnet-tools.json.</summary>
public sealed record SbomOptions(
    string Project,
    string OutputDirectory,
    string ToolRoot,
    string Name,
    string Version,
    string Runtime = "linux-x64",
    string Framework = "net10.0",
    string Configuration = "Release",
    string Dotnet = "dotnet");
