using System.Globalization;

namespace EcsGitOps.Delivery.Analysis;

/// <summary>Judges one metric over the step's window against its threshold.</summary>
public sealed class MetricThresholdCheck(IMetricSource source, MetricThreshold threshold) : IAnalysisCheck
{
    public string Name => threshold.Name;

    public async Task<CheckResult> RunAsync(AnalysisContext context, CancellationToken cancellationToken)
    {
        var value = await source.GetValueAsync(threshold.Query, context.WindowStart, context.WindowEnd, cancellationToken)
            .ConfigureAwait(false);
        var label = threshold.Query.Label;
        if (value is not { } v)
            return (threshold.NoDataPasses
                ? CheckResult.Pass(Name, $"no data for {label} during the step (passed: --no-data pass)")
                : CheckResult.Fail(Name, $"no data for {label} during the step")) with { NoData = true };
        if (threshold.Max is { } max && v > max)
            return CheckResult.Fail(Name, $"{label} {Text(v)} is above the maximum {Text(max)}");
        if (threshold.Min is { } min && v < min)
            return CheckResult.Fail(Name, $"{label} {Text(v)} is below the minimum {Text(min)}");
        return CheckResult.Pass(Name, $"{label} {Text(v)}");
    }

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
