using EcsGitOps.Delivery.Tools;

namespace EcsGitOps.Delivery.Images;

/// <summary>
/// Writes the CycloneDX SBOM (JSON) of the published app from its NuGet dependency graph, with the CycloneDX dotnet tool
/// pinned in .config/dotnet-tools.json, restored first so a fresh machine needs nothing installed by hand.
/// </summary>
/// <remarks>
/// A Native AOT image holds one executable and no deps.json, so a scanner looking at the image finds no .NET packages:
/// this file is what tells it which ones are compiled in.
/// </remarks>
public sealed class SbomGenerator(Action<string> output)
{
    public const string FileName = "sbom.cdx.json";

    /// <returns>The SBOM's full path.</returns>
    public async Task<string> WriteAsync(SbomOptions options, CancellationToken cancellationToken)
    {
        var outputDirectory = Path.GetFullPath(options.OutputDirectory);
        Directory.CreateDirectory(outputDirectory);
        await RunAsync(options, ["tool", "restore"], "dotnet tool restore", cancellationToken);
        await RunAsync(options,
        [
            "CycloneDX", options.Project, "--output", outputDirectory, "--filename", FileName, "--output-format", "Json",
            "--runtime", options.Runtime, "--framework", options.Framework, "--configuration", options.Configuration,
            "--set-name", options.Name, "--set-version", options.Version, "--no-serial-number", "--disable-package-restore",
        ], "dotnet CycloneDX", cancellationToken);
        var path = Path.Combine(outputDirectory, FileName);
        if (!File.Exists(path))
            throw new ImageBuildException($"dotnet CycloneDX succeeded but wrote no {path}: check the tool's version in .config/dotnet-tools.json.");
        output($"SBOM of {Path.GetFileName(options.Project)}: {path}");
        return path;
    }

    private static async Task RunAsync(SbomOptions options, string[] arguments, string what, CancellationToken cancellationToken)
    {
        ToolResult result;
        try
        {
            result = await ToolProcess.RunAsync(options.Dotnet, arguments, cancellationToken, options.ToolRoot);
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new ImageBuildException($"Could not start '{options.Dotnet}' for {what}: install the .NET SDK or put dotnet on PATH.", error);
        }
        if (result.ExitCode != 0)
            throw new ImageBuildException($"{what} failed with exit code {result.ExitCode}: {ToolProcess.LastLine(result.Error) ?? ToolProcess.LastLine(result.Output) ?? "no message"}");
    }
}
