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
    [InlineData("BlueGreenDeploy")]
    [InlineData("ShiftMeshTraffic")]
    public async Task A_target_not_built_yet_fails_with_one_clear_line(string target)
    {
        var run = await BuildRun.StartAsync(target, "--skip");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{target} is not implemented yet", run.Output + run.Errors);
    }
}
