using EcsGitOps.Delivery.Analysis;

namespace EcsGitOps.Delivery.Tests.Analysis;

public sealed class MetricThresholdCheckTests
{
    private static readonly MetricQuery ErrorRate = AlbMetricQueries.ErrorRatePercent("app/web/1", "targetgroup/web-green/2");

    [Theory]
    [InlineData(0.4, true, "5xx error rate % 0.4")]
    [InlineData(1.0, true, "5xx error rate % 1")]
    [InlineData(2.5, false, "5xx error rate % 2.5 is above the maximum 1")]
    public async Task A_value_above_the_maximum_fails(double value, bool passes, string detail)
    {
        var result = await new MetricThresholdCheck(new Metric(value), new MetricThreshold("error rate", ErrorRate, Max: 1))
            .RunAsync(Contexts.AtGreen(20), CancellationToken.None);

        Assert.Equal(new CheckResult("error rate", passes, detail), result);
    }

    [Fact]
    public async Task A_value_below_the_minimum_fails()
    {
        var result = await new MetricThresholdCheck(new Metric(12), new MetricThreshold("traffic", ErrorRate, Min: 50))
            .RunAsync(Contexts.AtGreen(20), CancellationToken.None);

        Assert.Equal("5xx error rate % 12 is below the minimum 50", result.Detail);
    }

    [Fact]
    public async Task No_data_fails_unless_allowed()
    {
        var strict = await new MetricThresholdCheck(new Metric(null), new MetricThreshold("error rate", ErrorRate, Max: 1))
            .RunAsync(Contexts.AtGreen(20), CancellationToken.None);
        var lenient = await new MetricThresholdCheck(new Metric(null), new MetricThreshold("error rate", ErrorRate, 1, NoDataPasses: true))
            .RunAsync(Contexts.AtGreen(20), CancellationToken.None);

        Assert.Equal(CheckResult.Fail("error rate", "no data for 5xx error rate % during the step") with { NoData = true }, strict);
        Assert.True(lenient is { Passed: true, NoData: true });
    }

    [Fact]
    public async Task A_check_that_found_data_says_so()
    {
        var result = await new MetricThresholdCheck(new Metric(0), new MetricThreshold("error rate", ErrorRate, Max: 1))
            .RunAsync(Contexts.AtGreen(20), CancellationToken.None);

        Assert.False(result.NoData);
    }

    [Fact]
    public async Task The_metric_is_read_over_the_step_window()
    {
        var metric = new Metric(0);

        await new MetricThresholdCheck(metric, new MetricThreshold("error rate", ErrorRate, Max: 1))
            .RunAsync(Contexts.AtGreen(20), CancellationToken.None);

        Assert.Equal((Contexts.WindowStart, Contexts.WindowStart.AddMinutes(1), ErrorRate), metric.Asked);
    }

    [Fact]
    public void The_error_rate_divides_two_sums_without_metric_math()
    {
        Assert.Null(ErrorRate.Expression);
        Assert.Equal(new MetricRatio("errors", "requests"), ErrorRate.Ratio);
        Assert.Equal([("errors", "HTTPCode_Target_5XX_Count", "Sum"), ("requests", "RequestCount", "Sum")],
            ErrorRate.Metrics.Select(m => (m.Id, m.MetricName, m.Stat)));
    }

    private sealed class Metric(double? value) : IMetricSource
    {
        public (DateTimeOffset, DateTimeOffset, MetricQuery)? Asked { get; private set; }

        public Task<double?> GetValueAsync(MetricQuery query, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
        {
            Asked = (start, end, query);
            return Task.FromResult(value);
        }
    }
}
