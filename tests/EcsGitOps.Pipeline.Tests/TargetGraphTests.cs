using System.Text.RegularExpressions;

namespace EcsGitOps.Pipeline.Tests;

public class TargetGraphTests
{
    [Fact]
    public async Task The_main_job_plans_every_stage_from_restore_to_traffic_in_order()
    {
        var run = await BuildRun.StartAsync("ShiftMeshTraffic", "--plan");

        Assert.Equal(0, run.ExitCode);
        string[] expected = ["Restore", "Compile", "Test", "DockerBuild", "ScanImage", "PushEcr", "LintInfra", "DeployInfra",
            "RenderTaskDef", "BlueGreenDeploy", "ShiftMeshTraffic"];
        var planned = Regex.Matches(run.Output, @"^\s+\d+\.\s+(\w+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.Equal(expected, planned);
    }

    [Theory]
    [InlineData("--steps", "5,3,100", "--steps 5,3")]
    [InlineData("--step-weight", "120", "--step-weight 120")]
    [InlineData("--strategy", "rolling", "--strategy rolling")]
    [InlineData("--router", "nginx", "--router nginx")]
    [InlineData("--failure-threshold", "0", "--failure-threshold 0")]
    public async Task Bad_rollout_settings_stop_the_build_before_anything_runs(string option, string value, string named)
    {
        var run = await BuildRun.StartAsync("ShiftMeshTraffic", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Errors);
        Assert.DoesNotContain("===", run.Output);
    }
}
