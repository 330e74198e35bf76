using System.Text.RegularExpressions;

namespace EcsGitOps.Pipeline.Tests;

public class TargetGraphTests
{
    [Fact]
    public async Task The_main_job_plans_every_stage_from_restore_to_traffic_in_order()
    {
        var run = await BuildRun.StartAsync("ShiftMeshTraffic", "--plan");

        Assert.Equal(0, run.ExitCode);
        string[] expected = ["Restore", "Compile", "LintInfra", "Setup", "Test", "DockerBuild", "ScanImage", "PushEcr", "DeployInfra",
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

    [Theory]
    [InlineData("--max-error-rate 150", "--max-error-rate 150: must be a percentage from 0 to 100")]
    [InlineData("--max-p99-latency 0s", "--max-p99-latency 00:00:00: must be longer than 0")]
    [InlineData("--drain-time -00:00:05", "--drain-time")]
    [InlineData("--deployment-timeout 0s", "--deployment-timeout 00:00:00: must be longer than 0")]
    [InlineData("--color purple", "--color purple: use blue or green")]
    [InlineData("--strategy ecs", "--strategy ecs: the local cloud cannot run it (moto has no ECS service deployments API); use --strategy task-set locally")]
    [InlineData("--strategy codedeploy", "--strategy codedeploy: the local cloud cannot run it")]
    [InlineData("--profile production --strategy ecs --ecs-strategy ROLLING", "--ecs-strategy ROLLING: use BLUE_GREEN, LINEAR, CANARY")]
    [InlineData("--ecs-strategy CANARY", "--ecs-strategy CANARY: applies to --strategy ecs only, not task-set")]
    [InlineData("--profile production --deployment-config-name CodeDeployDefault.LambdaCanary10Percent5Minutes",
        "--deployment-config-name CodeDeployDefault.LambdaCanary10Percent5Minutes: not one of AWS's ECS configurations")]
    [InlineData("--profile production --strategy ecs --deployment-config-name CodeDeployDefault.ECSAllAtOnce", "applies to --strategy codedeploy only, not ecs")]
    [InlineData("--profile production --capacity-providers FARGATE_SPOT", "--capacity-providers FARGATE_SPOT: applies to task sets (--strategy task-set) only")]
    public async Task Deployment_settings_that_cannot_work_stop_the_build_before_anything_runs(string arguments, string line)
    {
        var run = await BuildRun.StartAsync(["BlueGreenDeploy", .. arguments.Split(' ')]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(line, run.Errors);
        Assert.DoesNotContain("===", run.Output);
    }

    [Fact]
    public async Task A_step_weight_on_the_command_line_wins_over_the_steps_of_the_local_profile()
    {
        var run = await BuildRun.StartAsync("BlueGreenDeploy", "--plan", "--profile", "local", "--step-weight", "20");

        Assert.Equal((0, ""), (run.ExitCode, run.Errors));
    }
}
