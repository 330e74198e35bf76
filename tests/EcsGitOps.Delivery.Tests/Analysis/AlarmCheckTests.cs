using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Deployments;

namespace EcsGitOps.Delivery.Tests.Analysis;

public sealed class AlarmCheckTests
{
    private readonly Alarms _alarms = new()
    {
        new AlarmState("web-5xx", AlarmStateValue.Ok, "Threshold Crossed: no datapoints were breaching"),
        new AlarmState("web-latency", AlarmStateValue.Ok, "fine"),
    };

    [Fact]
    public async Task Passes_when_every_named_alarm_is_OK()
    {
        var result = await Check("web-5xx", "web-latency").RunAsync(Contexts.AtGreen(10), CancellationToken.None);

        Assert.Equal(CheckResult.Pass("alarms", "2 alarms OK"), result);
    }

    [Fact]
    public async Task Fails_naming_the_alarm_in_ALARM_and_its_reason()
    {
        _alarms.Add(new AlarmState("web-5xx", AlarmStateValue.Alarm, "Threshold Crossed: 1 datapoint [12.0] > 5.0"));

        var result = await Check("web-5xx", "web-latency").RunAsync(Contexts.AtGreen(10), CancellationToken.None);

        Assert.Equal(CheckResult.Fail("alarms", "web-5xx is ALARM: Threshold Crossed: 1 datapoint [12.0] > 5.0"), result);
    }

    [Fact]
    public async Task Insufficient_data_fails_unless_allowed()
    {
        _alarms.Add(new AlarmState("web-latency", AlarmStateValue.InsufficientData, "no datapoints"));

        var strict = await Check("web-latency").RunAsync(Contexts.AtGreen(10), CancellationToken.None);
        var lenient = await new AlarmCheck(_alarms, ["web-latency"], insufficientDataPasses: true)
            .RunAsync(Contexts.AtGreen(10), CancellationToken.None);

        Assert.Equal("web-latency is INSUFFICIENT_DATA: no datapoints", strict.Detail);
        Assert.True(lenient.Passed);
    }

    [Fact]
    public async Task An_alarm_that_no_longer_exists_fails_the_check()
    {
        var result = await Check("web-5xx", "web-errors").RunAsync(Contexts.AtGreen(10), CancellationToken.None);

        Assert.Equal(CheckResult.Fail("alarms", "alarm web-errors not found"), result);
    }

    [Fact]
    public async Task A_missing_alarm_is_bad_input_before_the_rollout_starts()
    {
        var error = await Assert.ThrowsAsync<InvalidOptionException>(
            () => Check("web-5xx", "web-errors").EnsureAlarmsExistAsync(CancellationToken.None));

        Assert.Equal("--alarms web-errors: no CloudWatch alarm has this name; create it or fix the name", error.Message);
    }

    private AlarmCheck Check(params string[] names) => new(_alarms, names);

    /// <summary>Alarm states by name; adding a state replaces the alarm's earlier one.</summary>
    private sealed class Alarms : IAlarmStateSource, IEnumerable<AlarmState>
    {
        private readonly Dictionary<string, AlarmState> _states = [];

        public void Add(AlarmState state) => _states[state.Name] = state;

        public Task<IReadOnlyList<AlarmState>> GetStatesAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AlarmState>>(alarmNames.Where(_states.ContainsKey).Select(name => _states[name]).ToList());

        public IEnumerator<AlarmState> GetEnumerator() => _states.Values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
