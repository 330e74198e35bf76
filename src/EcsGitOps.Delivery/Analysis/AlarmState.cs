namespace EcsGitOps.Delivery.Analysis;

public sealed record AlarmState(string Name, AlarmStateValue Value, string Reason);
