using EcsGitOps.Build.Tests.Support;

namespace EcsGitOps.Build.Tests;

public sealed class DurationTests : IDisposable
{
    readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    sealed class Waiting : BuildBase
    {
        [Parameter] public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
        [Parameter] public TimeSpan[] Delays { get; set; } = [];

        public List<string> Ran { get; } = [];
        public Target Wait => _ => _.Executes(() => Ran.Add(nameof(Wait)));
    }

    public static TheoryData<string, TimeSpan> Accepted => new()
    {
        { "0s", TimeSpan.Zero },
        { "1.5h", TimeSpan.FromMinutes(90) },
        { "250MS", TimeSpan.FromMilliseconds(250) },
        { "2 d", TimeSpan.FromDays(2) },
        { "00:05:00", TimeSpan.FromMinutes(5) },
        { "0:05:00", TimeSpan.FromMinutes(5) },
        { "1.02:03:04.5", new TimeSpan(1, 2, 3, 4, 500) },
        { "10675199d", TimeSpan.FromDays(10675199) },
        { "10675199.02:48:05.4775807", TimeSpan.MaxValue },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task A_duration_has_a_unit_or_colons(string value, TimeSpan expected)
    {
        var build = new Waiting();
        var run = await repository.RunAsync(build, "--interval", value);
        Assert.Equal((0, expected), (run.ExitCode, build.Interval));
    }

    [Theory]
    [InlineData("5", "expected a duration with a unit, e.g. 30s, 5m, 1h or 00:05:00")]
    [InlineData("5:00", "expected a duration with a unit, e.g. 30s, 5m, 1h or 00:05:00")]
    [InlineData("1,5h", "expected a duration with a unit, e.g. 30s, 5m, 1h or 00:05:00")]
    [InlineData("5y", "expected a duration with a unit, e.g. 30s, 5m, 1h or 00:05:00")]
    [InlineData("-5m", "expected a duration of zero or more, not a negative one")]
    [InlineData("-00:05:00", "expected a duration of zero or more, not a negative one")]
    [InlineData("25:00:00", "expected [d.]hh:mm:ss with hours below 24 and minutes and seconds below 60, e.g. 1.01:00:00 or 25h")]
    [InlineData("99999999999d", "the largest accepted duration is 10675199d (10675199.02:48:05.4775807)")]
    [InlineData("10675200d", "the largest accepted duration is 10675199d (10675199.02:48:05.4775807)")]
    [InlineData("99999999999999999999999999999999999999ms", "the largest accepted duration is 10675199d (10675199.02:48:05.4775807)")]
    [InlineData("99999999.00:00:00", "the largest accepted duration is 10675199d (10675199.02:48:05.4775807)")]
    public async Task A_duration_without_a_unit_negative_or_too_long_is_one_usage_line(string value, string expected)
    {
        var build = new Waiting();
        var run = await repository.RunAsync(build, "--interval", value);
        Assert.Equal((2, $"Invalid value '{value}' for parameter --interval (TimeSpan): {expected}.\n", ""), (run.ExitCode, run.Error, run.Out));
        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task A_json_number_is_not_read_as_days()
    {
        repository.Write(".nuke/parameters.json", """{ "Interval": 5 }""");
        var run = await repository.RunAsync(new Waiting());
        Assert.Equal((2, "Invalid value '5' for parameter --interval (TimeSpan) from .nuke/parameters.json: expected a duration with a unit, e.g. 30s, 5m, 1h or 00:05:00.\n"),
            (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task Each_duration_of_an_array_is_checked()
    {
        var run = await repository.RunAsync(new Waiting(), "--delays", "5s,10");
        Assert.Equal((2, "Invalid value '10' for parameter --delays (TimeSpan[]): expected a duration with a unit, e.g. 30s, 5m, 1h or 00:05:00.\n"),
            (run.ExitCode, run.Error));
    }
}
