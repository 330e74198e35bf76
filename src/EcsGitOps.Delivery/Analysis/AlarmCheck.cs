using EcsGitOps.Delivery.Deployments;

namespace EcsGitOps.Delivery.Analysis;

/// <summary>Passes when every named alarm is OK; INSUFFICIENT_DATA fails unless allowed.</summary>
public sealed class AlarmCheck(IAlarmStateSource source, IReadOnlyList<string> alarmNames, bool insufficientDataPasses = false)
    : IAnalysisCheck
{
    public string Name => "alarms";

    /// <summary>Fails bad input before any traffic moves: every named alarm must exist.</summary>
    public async Task EnsureAlarmsExistAsync(CancellationToken cancellationToken)
    {
        var found = await source.GetStatesAsync(alarmNames, cancellationToken).ConfigureAwait(false);
        var missing = alarmNames.FirstOrDefault(name => found.All(state => state.Name != name));
        if (missing is not null)
            throw new InvalidOptionException("--alarms", missing, "no CloudWatch alarm has this name; create it or fix the name");
    }

    public async Task<CheckResult> RunAsync(AnalysisContext context, CancellationToken cancellationToken)
    {
        var states = await source.GetStatesAsync(alarmNames, cancellationToken).ConfigureAwait(false);
        var missing = alarmNames.Where(name => states.All(state => state.Name != name)).ToList();
        if (missing.Count > 0)
            return CheckResult.Fail(Name, $"alarm {string.Join(", ", missing)} not found");

        var firing = states.FirstOrDefault(state => state.Value == AlarmStateValue.Alarm)
            ?? states.FirstOrDefault(state => state.Value == AlarmStateValue.InsufficientData && !insufficientDataPasses);
        return firing is null
            ? CheckResult.Pass(Name, $"{Count(states.Count)} OK")
            : CheckResult.Fail(Name, $"{firing.Name} is {Text(firing.Value)}: {firing.Reason}");
    }

    private static string Count(int alarms) => alarms == 1 ? "1 alarm" : $"{alarms} alarms";

    private static string Text(AlarmStateValue value) => value switch
    {
        AlarmStateValue.Alarm => "ALARM",
        AlarmStateValue.InsufficientData => "INSUFFICIENT_DATA",
        _ => "OK",
    };
}
