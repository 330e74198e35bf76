using EcsGitOps.Build.Caching;
using EcsGitOps.Build.Cli;
using EcsGitOps.Build.Definition;
using EcsGitOps.Build.Execution;
using EcsGitOps.Build.Output;
using EcsGitOps.Build.Parameters;
using EcsGitOps.Build.Planning;

namespace EcsGitOps.Build;

/// <summary>One invocation: parse, bind, plan, then help, plan, schema or execution, and the summary.</summary>
internal sealed class BuildSession(BuildBase build, BuildModel model, string defaultTarget, BuildHost host, Redactor redactor)
{
    public async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var cli = CommandLineParser.Parse(args, model.Parameters);
        var root = Root(cli.Root);
        var gitHubActions = IsTrue("GITHUB_ACTIONS");
        var output = new BuildOutput(host.Out, host.Error, cli.Verbosity, redactor, gitHubActions, host.IsTerminal);
        build.RootDirectory = root;
        build.Profiles = cli.Profiles;
        build.IsServerBuild = gitHubActions || IsTrue("CI") || host.Environment.ContainsKey("CODEBUILD_BUILD_ID");
        build.Log = new BuildLog(output);
        var graph = new TargetGraph(model.Targets);

        if (cli.GenerateSchema) return WriteFile(output, Path.Combine(root, ".nuke", "build.schema.json"), BuildSchema.Generate(model));
        if (cli.Help) return Print(output, HelpWriter.Lines(model, graph, defaultTarget, build));

        foreach (var (word, flag) in cli.AfterFlags.Where(a => !graph.Targets.Any(t => t.Name.Equals(a.Word, StringComparison.OrdinalIgnoreCase))))
            throw ParameterBinder.Invalid(flag, "", new ConversionException(word, "expected true or false, or a target name after it"));
        ParameterBinder.Bind(build, model.Parameters, Sources(cli, root), redactor);
        Initialize();
        var plan = Planner.Plan(graph, cli.Targets.Count > 0 ? cli.Targets : [defaultTarget], cli.Skip);
        if (cli.Plan)
        {
            var html = Path.Combine(build.TemporaryDirectory, "plan.html");
            WriteFile(output, html, PlanWriter.Html(plan, graph), quiet: true);
            return Print(output, PlanWriter.Lines(plan, Path.GetRelativePath(root, html)));
        }
        Requirements.Check(plan, model.Parameters);
        return await ExecuteAsync(cli, plan, graph, output, root);
    }

    async Task<int> ExecuteAsync(CommandLine cli, ExecutionPlan plan, TargetGraph graph, BuildOutput output, string root)
    {
        var parameters = ParameterFingerprint.Of(build, model.Parameters);
        var invocation = ContentHash.Of(string.Join("\n", [.. plan.Invoked, "--skip", .. cli.Skip ?? ["(none)"], "--profile", .. cli.Profiles, parameters]));
        var state = new ContinueState(root);
        var carried = cli.Continue ? state.Succeeded(invocation) : new HashSet<string>();
        plan = plan.SkipSucceeded(carried, "succeeded in the previous run");

        var started = host.Time.GetTimestamp();
        var runner = new TargetRunner(build.Log, output, cli.NoCache ? null : new TargetCache(root, used => used is null ? parameters
            : ParameterFingerprint.Of(build, [.. model.Parameters.Where(p => used.Contains(p.MemberName))])), host.Time, cli.Parallel);
        var results = await new Executor(graph, runner, cli.Parallel ? int.MaxValue : 1).RunAsync(plan, host.Cancellation);
        var elapsed = host.Time.GetElapsedTime(started);

        state.Save(invocation, results.Where(r => r.Done).Select(r => r.Name).Union(carried));
        if (output.Verbosity >= Verbosity.Minimal) output.WriteLines(SummaryWriter.Lines(results, elapsed));
        if (output.GitHubActions && host.Environment.GetValueOrDefault("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
            AppendStepSummary(output, summary, SummaryWriter.Markdown(results, elapsed));

        var succeeded = SummaryWriter.Outcome(results) == "Succeeded";
        try
        {
            build.NotifyFinished(succeeded);
        }
        catch (Exception e)
        {
            output.Write(LogLevel.Error, $"OnBuildFinished failed: {e.Message}");
            return 1;
        }
        return succeeded ? 0 : 1;
    }

    void Initialize()
    {
        try
        {
            build.NotifyInitialized();
        }
        catch (Exception e) when (e is not UsageException)
        {
            throw new UsageException(e.Message);
        }
    }

    List<ParameterSource> Sources(CommandLine cli, string root)
    {
        var sources = new List<ParameterSource> { ParameterSource.CommandLine(cli.Parameters), ParameterSource.Environment(host.Environment) };
        foreach (var profile in cli.Profiles.Reverse())
        {
            var file = $".nuke/parameters.{profile}.json";
            sources.Add(File.Exists(Path.Combine(root, file)) ? ParameterFile.Read(Path.Combine(root, file), file, model.Parameters)
                : throw new UsageException($"Profile '{profile}' not found: create {file} or drop --profile {profile}."));
        }
        if (File.Exists(Path.Combine(root, ".nuke", "parameters.json")))
            sources.Add(ParameterFile.Read(Path.Combine(root, ".nuke", "parameters.json"), ".nuke/parameters.json", model.Parameters));
        return sources;
    }

    string Root(string? option)
    {
        if (option is not null)
            return Directory.Exists(Path.GetFullPath(option, host.WorkingDirectory)) ? Path.GetFullPath(option, host.WorkingDirectory)
                : throw new UsageException($"Root folder '{option}' does not exist: pass an existing folder to --root.");
        for (var folder = new DirectoryInfo(host.WorkingDirectory); folder is not null; folder = folder.Parent)
            if (Directory.Exists(Path.Combine(folder.FullName, ".nuke"))) return folder.FullName;
        return host.WorkingDirectory;
    }

    bool IsTrue(string variable) => string.Equals(host.Environment.GetValueOrDefault(variable), "true", StringComparison.OrdinalIgnoreCase);

    int WriteFile(BuildOutput output, string path, string text, bool quiet = false)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, redactor.Redact(text));
        if (!quiet) output.Write(LogLevel.Information, $"Wrote {path}");
        return 0;
    }

    void AppendStepSummary(BuildOutput output, string path, string markdown)
    {
        try
        {
            File.AppendAllText(path, redactor.Redact(markdown));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.Write(LogLevel.Warning, $"Cannot append the summary to GITHUB_STEP_SUMMARY ({path}): {e.Message}");
        }
    }

    static int Print(BuildOutput output, IEnumerable<string> lines)
    {
        output.WriteLines(lines);
        return 0;
    }
}
