using System.Collections.Concurrent;
using EcsGitOps.Delivery.Analysis;

namespace EcsGitOps.Delivery.Tests.Analysis;

public sealed class CommandCheckTests
{
    [Fact]
    public async Task A_command_that_exits_0_passes()
    {
        var result = await Check("true").RunAsync(Contexts.AtGreen(30), CancellationToken.None);

        Assert.Equal(CheckResult.Pass("smoke", "exited with code 0"), result);
    }

    [Fact]
    public async Task A_command_that_exits_non_zero_fails_with_its_code_and_last_line()
    {
        var result = await Check("echo starting; echo 'GET /health: 503' >&2; exit 3")
            .RunAsync(Contexts.AtGreen(30), CancellationToken.None);

        Assert.False(result.Passed);
        Assert.Equal("exited with code 3: GET /health: 503", result.Detail);
    }

    [Fact]
    public async Task Every_line_the_command_writes_goes_to_the_log()
    {
        var log = new ConcurrentQueue<string>();

        await Check("echo one; echo two >&2; echo three").RunAsync(Contexts.AtGreen(30, log.Enqueue), CancellationToken.None);

        Assert.Equal(["[smoke] one", "[smoke] three", "[smoke] two"], log.Order());
    }

    [Fact]
    public async Task The_command_sees_the_step_it_runs_at()
    {
        var log = new ConcurrentQueue<string>();

        await Check("echo $ECSGITOPS_SERVICE $ECSGITOPS_DEPLOYMENT_ID $ECSGITOPS_STEP $ECSGITOPS_CANARY_COLOUR $ECSGITOPS_CANARY_WEIGHT")
            .RunAsync(Contexts.AtGreen(30, log.Enqueue), CancellationToken.None);

        Assert.Equal(["[smoke] shop/web web:8 3 green 30"], log);
    }

    [Fact]
    public async Task A_command_that_outlives_its_timeout_is_stopped_and_fails()
    {
        var check = new CommandCheck(new CommandCheckOptions("load test", "sleep 30", TimeSpan.FromMilliseconds(200)));

        var result = await check.RunAsync(Contexts.AtGreen(30), CancellationToken.None);

        Assert.Equal(CheckResult.Fail("load test", "timed out after 200ms and was stopped"), result);
    }

    [Fact]
    public async Task Cancelling_the_rollout_stops_the_command()
    {
        using var cancellation = new CancellationTokenSource();
        var log = new ConcurrentQueue<string>();
        var running = Check("echo started; sleep 30").RunAsync(Contexts.AtGreen(30, line =>
        {
            log.Enqueue(line);
            cancellation.Cancel();
        }), cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(["[smoke] started"], log);
    }

    [Fact]
    public async Task A_command_that_cannot_start_fails_saying_so()
    {
        var check = new CommandCheck(new CommandCheckOptions("smoke", "true", TimeSpan.FromSeconds(5),
            WorkingDirectory: "/nonexistent/directory"));

        var result = await check.RunAsync(Contexts.AtGreen(30), CancellationToken.None);

        Assert.StartsWith("could not start the command: ", result.Detail);
    }

    [Fact]
    public void A_command_limited_to_some_weights_runs_only_at_those()
    {
        var check = new CommandCheck(new CommandCheckOptions("load test", "true", TimeSpan.FromSeconds(5), new HashSet<int> { 50 }));

        Assert.Equal((false, true), (check.RunsAt(Contexts.AtGreen(30)), check.RunsAt(Contexts.AtGreen(50))));
    }

    private static CommandCheck Check(string command) =>
        new(new CommandCheckOptions("smoke", command, TimeSpan.FromSeconds(20)));
}
