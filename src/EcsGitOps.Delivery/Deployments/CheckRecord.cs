namespace EcsGitOps.Delivery.Deployments;

/// <param name="NoData">The check had nothing to judge (see <see cref="Analysis.CheckResult.NoData"/>).</param>
public sealed record CheckRecord(DateTimeOffset At, string Name, bool Passed, string Detail, bool NoData = false);
