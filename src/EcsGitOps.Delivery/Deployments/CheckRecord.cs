namespace EcsGitOps.Delivery.Deployments;

public sealed record CheckRecord(DateTimeOffset At, string Name, bool Passed, string Detail);
