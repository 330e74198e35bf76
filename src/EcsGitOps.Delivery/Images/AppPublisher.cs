using System.Diagnostics;

namespace EcsGitOps.Delivery.Images;

/// <summary>Runs `dotnet publish` for the app; the SDK is a build-time tool here, so a child process is the plain way.</summary>
public sealed class AppPublisher(Action<string> output)
{
    public async Task<PublishedApp> PublishAsync(AppPublishOptions options, CancellationToken cancellationToken)
    {
        if (!File.Exists(options.Project) && !Directory.Exists(options.Project))
            throw new ImageBuildException($"Project to publish not found: {Path.GetFullPath(options.Project)}: pass the path of the app's .csproj or its folder.");
        var outputDirectory = Path.GetFullPath(options.OutputDirectory);
        // A previous publish in the other mode leaves files the image would otherwise pick up.
        if (Directory.Exists(outputDirectory)) Directory.Delete(outputDirectory, recursive: true);

        var (exitCode, firstError) = await RunAsync(options.Dotnet, Arguments(options, outputDirectory), cancellationToken);
        if (exitCode != 0)
            throw new ImageBuildException($"dotnet publish of {options.Project} failed with exit code {exitCode}: {firstError ?? "see the output above"}");
        var executable = Path.Combine(outputDirectory, ExecutableName(options.Project));
        return File.Exists(executable)
            ? new PublishedApp(outputDirectory, executable, options.NativeAot)
            : throw new ImageBuildException($"dotnet publish of {options.Project} succeeded but {executable} is missing: set AssemblyName to the project's name or publish with UseAppHost=true.");
    }

    /// <summary>
    /// Deterministic and ContinuousIntegrationBuild give the same IL and PDB for the same sources; PathMap and
    /// DeterministicSourcePaths keep the checkout's folder out of them, which the AOT compiler then carries into the
    /// native executable's symbols. With these, two clones in different folders publish byte-identical executables.
    /// </summary>
    private static IEnumerable<string> Arguments(AppPublishOptions options, string outputDirectory) =>
    [
        "publish", options.Project, "--configuration", options.Configuration, "--runtime", options.Runtime,
        "--output", outputDirectory, "--nologo", $"-p:PublishAot={options.NativeAot}",
        "-p:Deterministic=true", "-p:ContinuousIntegrationBuild=true", "-p:DeterministicSourcePaths=true",
        $"-p:PathMap={SourceRoot(options.Project)}=/src/",
        .. options.NativeAot ? Array.Empty<string>() : ["--self-contained", "false"],
    ];

    private static string SourceRoot(string project) =>
        (Directory.Exists(project) ? Path.GetFullPath(project) : Path.GetDirectoryName(Path.GetFullPath(project))!).TrimEnd('/') + "/";

    private static string ExecutableName(string project) =>
        Path.GetFileNameWithoutExtension(Directory.Exists(project)
            ? Directory.EnumerateFiles(project, "*.csproj").Single()
            : project);

    private async Task<(int ExitCode, string? FirstError)> RunAsync(string dotnet, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(dotnet, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Start(start, dotnet);
        string? firstError = null;
        var gate = new Lock();
        void Line(string? line)
        {
            if (line is null) return;
            lock (gate)
            {
                if (firstError is null && line.Contains(": error ", StringComparison.Ordinal)) firstError = line.Trim();
                output(line);
            }
        }
        using var cancel = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        await Task.WhenAll(Pump(process.StandardOutput, Line), Pump(process.StandardError, Line), process.WaitForExitAsync(CancellationToken.None));
        cancellationToken.ThrowIfCancellationRequested();
        return (process.ExitCode, firstError);
    }

    private static Process Start(ProcessStartInfo start, string dotnet)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new ImageBuildException($"Could not start '{dotnet}': install the .NET SDK or put dotnet on PATH.", error);
        }
    }

    private static async Task Pump(StreamReader reader, Action<string?> line)
    {
        while (await reader.ReadLineAsync() is { } text)
            line(text);
    }
}
