using EcsGitOps.Build.Tests.Support;

namespace EcsGitOps.Build.Tests;

public sealed class HelpAndPlanTests : IDisposable
{
    readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_lists_targets_in_plan_order_then_parameters_with_types_defaults_and_descriptions(string option)
    {
        var build = new Delivery();
        var run = await repository.RunAsync(build, b => b.Compile, CancellationToken.None, option);
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(build.Ran);
        Assert.Equal(
            """
            Usage: build [targets] [options] [--parameter value]

            Targets (in execution order):
              Restore                              Restore packages
              Compile (default)  -> Restore        Compile the solution
              Test               -> Compile
              Deploy             -> Test, Compile  Deploy the service

            Parameters:
              --dry-run                            (default: false)
              --image-tag <string>                 Image tag to push (default: dev)
              --interval <TimeSpan>                Wait between steps
              --regions <string[]>                 Regions to deploy to (default: eu-west-1)
              --registry-token <string>            Registry token [secret]
              --strategy <CodeDeploy|Ecs|TaskSet>  Deployment strategy (default: Ecs)

            Options:
            """.ReplaceLineEndings("\n"),
            string.Join("\n", run.Lines.TakeWhile(l => l != "Options:").Append("Options:")));
    }

    [Fact]
    public async Task Help_lists_every_option()
    {
        var run = await repository.RunAsync(new Delivery(), "--help");
        var options = run.Lines.SkipWhile(l => l != "Options:").Skip(1).Select(l => l.Trim().Split("  ")[0]);
        Assert.Equal(["--target <names>", "--skip [names]", "--plan", "--root <path>", "--verbosity <level>", "--profile <name>",
            "--continue", "--no-cache", "--parallel", "--help, -h", ""], options);
    }

    [Fact]
    public async Task Help_does_not_need_valid_parameters()
    {
        repository.Environment["INTERVAL"] = "soon";
        var run = await repository.RunAsync(new Delivery(), "--help");
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Plan_prints_the_ordered_plan_with_skip_reasons_and_runs_nothing()
    {
        var build = new Delivery();
        var run = await repository.RunAsync(build, "--plan", "Deploy", "--dry-run", "--skip", "Restore");
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(build.Ran);
        Assert.Equal(
            """
            Plan for Deploy:
              1.  Restore  skipped: --skip
              2.  Compile
              3.  Test     skipped: !DryRun
              4.  Deploy
            Graph: .nuke/temp/plan.html

            """.ReplaceLineEndings("\n"),
            run.Out);
    }

    [Fact]
    public async Task Plan_writes_a_mermaid_graph_of_the_plan()
    {
        await repository.RunAsync(new Delivery(), "Deploy", "--plan", "--dry-run");
        var html = repository.Read(".nuke/temp/plan.html");
        Assert.Contains("<pre class=\"mermaid\">\ngraph TD\n", html);
        Assert.Contains("  Test:::skipped\n", html);
        Assert.Contains("  Restore --&gt; Compile\n", html);
        Assert.Contains("  Test --&gt; Deploy\n", html);
        Assert.Contains("  Compile --&gt; Deploy\n", html);
        Assert.DoesNotContain("Housekeeping", html);
    }

    [Fact]
    public async Task Plan_does_not_check_requirements()
    {
        var run = await repository.RunAsync(new Delivery(), "Deploy", "--plan", "--image-tag", "");
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Unlisted_targets_are_hidden_from_help_yet_can_be_run()
    {
        var build = new Delivery();
        var help = await repository.RunAsync(build, "--help");
        var run = await repository.RunAsync(build, "housekeeping");
        Assert.DoesNotContain("Housekeeping", help.Out);
        Assert.Equal((0, "Succeeded"), (run.ExitCode, run.Status("Housekeeping")));
    }

    [Fact]
    public async Task Targets_can_be_named_first_or_after_target()
    {
        var build = new Delivery();
        await repository.RunAsync(build, "Restore", "--target", "Compile", "Test", "--dry-run");
        Assert.Equal(["Restore", "Compile"], build.Ran);
    }
}
