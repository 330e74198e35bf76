using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Tests.Deployments;

public sealed class DeploymentReportTests
{
    [Fact]
    public async Task The_report_of_a_rolled_back_deployment_reads_as_expected()
    {
        var markdown = DeploymentReport.ToMarkdown(await Deployments.RolledBackAsync());

        Assert.Equal(
            """
            ## ❌ Deployment of shop/web rolled back

            | | |
            |---|---|
            | Service | `shop/web` |
            | Strategy | task-set |
            | Deployment | `web:8` |
            | Image | `sha256:4f2a9c0d3b1e8f7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b` |
            | Task definition | `arn:aws:ecs:eu-west-1:123456789012:task-definition/web:8` |
            | Colours | blue → green |
            | Outcome | **rolled back**: 2 failed checks reached the failure threshold of 2 at step 3/4 (blue 50% / green 50%); last: error rate: FAILED (too high at 50%) |
            | Started | 2026-03-02 09:00:00Z |
            | Duration | 4m 0s |
            | Final weights | blue 100% / green 0% |
            | Rolled back | 2026-03-02 09:04:00Z, 4m 0s after the start, at step 3 |

            ### Steps

            | Step | Time | Weights | Analysis |
            |---|---|---|---|
            | 1 | 2026-03-02 09:00:00Z | blue 90% / green 10% | ✅ alarms: within limits<br>✅ error rate: within limits |
            | 2 | 2026-03-02 09:01:00Z | blue 80% / green 20% | ✅ alarms: within limits<br>✅ error rate: within limits |
            | 3 | 2026-03-02 09:02:00Z | blue 50% / green 50% | 09:03:00 ✅ alarms: within limits<br>09:03:00 ❌ error rate: too high at 50%<br>09:04:00 ✅ alarms: within limits<br>09:04:00 ❌ error rate: too high at 50% |
            | rollback | 2026-03-02 09:04:00Z | blue 100% / green 0% | 2 failed checks reached the failure threshold of 2 at step 3/4 (blue 50% / green 50%); last: error rate: FAILED (too high at 50%) |

            ### Traffic over time

            ```mermaid
            xychart-beta
                title "Traffic on green (%)"
                x-axis "step and time since start (m:ss)" ["start 0:00", "1 0:00", "2 1:00", "3 2:00", "rollback 4:00"]
                y-axis "green %" 0 --> 100
                line [0, 10, 20, 50, 0]
            ```

            """,
            markdown.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_step_seen_twice_gets_two_distinct_points_on_the_chart()
    {
        var record = await Deployments.RolledBackAsync();
        var resumed = record with { Steps = [record.Steps[0], record.Steps[0] with { At = Deployments.Start }] };

        Assert.Contains("[\"start 0:00\", \"1 0:00\", \"1 0:00 #2\"]", DeploymentReport.ToMarkdown(resumed));
    }

    [Fact]
    public async Task Table_cells_keep_their_pipes_and_lines_from_breaking_the_table()
    {
        var record = await Deployments.RolledBackAsync() with { Outcome = DeploymentOutcome.Failed("stopped | by\nuser") };

        Assert.Contains("| Outcome | **failed**: stopped \\| by user |", DeploymentReport.ToMarkdown(record));
    }

    [Fact]
    public void A_deployment_without_traffic_steps_has_a_summary_and_no_chart()
    {
        var record = new DeploymentRecord("shop/web", "ecs", null, Deployments.Digest, Deployments.TaskDefinition, null,
            DeploymentOutcome.AlreadyDeployed("web:8"), Deployments.Start, Deployments.Start.AddSeconds(2.5), []);

        var markdown = DeploymentReport.ToMarkdown(record);

        Assert.StartsWith("## ✅ Deployment of shop/web succeeded", markdown);
        Assert.Contains("| Outcome | **succeeded**: already deployed: web:8 |", markdown);
        Assert.Contains("| Duration | 2.5s |", markdown);
        Assert.EndsWith("No traffic steps were recorded.\n", markdown.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("mermaid", markdown);
    }

    [Fact]
    public async Task The_report_is_added_to_a_step_summary_after_what_is_already_there()
    {
        var summary = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(summary, "## Build\n\nok\n");
            var record = await Deployments.RolledBackAsync();

            await DeploymentReport.AppendAsync(record, summary, CancellationToken.None);

            var text = await File.ReadAllTextAsync(summary);
            Assert.StartsWith("## Build\n\nok\n## ❌ Deployment of shop/web rolled back", text);
            Assert.Contains("xychart-beta", text);
        }
        finally
        {
            File.Delete(summary);
        }
    }

    [Fact]
    public async Task Steps_with_traffic_show_what_each_colour_served_and_chart_the_new_colours_error_rate()
    {
        var record = WithTraffic(await Deployments.RolledBackAsync());

        var markdown = DeploymentReport.ToMarkdown(record);

        Assert.Contains("| Step | Time | Weights | blue: requests, 5xx, max | green: requests, 5xx, max | Analysis |", markdown);
        Assert.Contains("| 3 | 2026-03-02 09:02:00Z | blue 50% / green 50% | 60 · 0% · 4 ms | 60 · 50% · 12 ms | 09:03:00 ✅ alarms", markdown);
        Assert.Contains("| rollback | 2026-03-02 09:04:00Z | blue 100% / green 0% | 120 · 0% · 4 ms | – | ", markdown);
        Assert.Contains("title \"green: share of traffic (line) and 5xx rate (bars), %\"", markdown);
        Assert.Contains("    bar [0, 0, 0, 50, 0]", markdown);
        Assert.Contains("    line [0, 10, 20, 50, 0]", markdown);
    }

    [Fact]
    public async Task The_summary_warns_when_a_check_found_no_data_even_where_that_passed()
    {
        var record = await Deployments.RolledBackAsync();
        var first = record.Steps[0];
        var judgedOnNothing = record with
        {
            Steps = [first with { Checks = [new CheckRecord(first.At, "error rate", true, "no data", NoData: true)] }, .. record.Steps.Skip(1)],
        };

        Assert.Null(DeploymentReport.NoDataWarning(record));
        Assert.Contains("| Warning | ⚠️ 1 check found no data, 1 of them passed (--no-data pass): nothing was there to judge |",
            DeploymentReport.ToMarkdown(judgedOnNothing));
    }

    [Fact]
    public async Task The_terminal_table_draws_the_new_colours_share_and_what_each_colour_served()
    {
        var lines = StepTrafficTable.Lines(WithTraffic(await Deployments.RolledBackAsync()));

        Assert.Equal(string.Join("\n",
            [
                "step       time   green share              blue: req   5xx    max  green: req   5xx    max",
                "1          0:00   [#.........] green 10%         108    0%   4 ms          12    0%   4 ms",
                "2          1:00   [##........] green 20%          96    0%   4 ms          24    0%   4 ms",
                "3          2:00   [#####.....] green 50%          60    0%   4 ms          60   50%  12 ms",
                "rollback   4:00   [..........] green 0%          120    0%   4 ms           0     –      –",
            ]),
            string.Join("\n", lines));
        Assert.All(lines, line => Assert.True(line.Length <= 100, line));
    }

    /// Each step served 120 requests by its weights; green failed half of its requests from 50% on.
    private static DeploymentRecord WithTraffic(DeploymentRecord record) => record with
    {
        Steps = record.Steps.Select(step => step with
        {
            Traffic = [Served(step, Colour.Blue, failing: false), Served(step, Colour.Green, failing: step.Weights.Green >= 50)],
        }).ToList(),
    };

    private static ColourTraffic Served(DeploymentStep step, Colour colour, bool failing)
    {
        var requests = 120 * step.Weights.Of(colour) / 100;
        return requests == 0
            ? new ColourTraffic(colour, 0, 0, null, "Maximum")
            : new ColourTraffic(colour, requests, failing ? requests / 2 : 0, failing ? 0.012 : 0.004, "Maximum");
    }
}
