using System.Net;
using Microsoft.Extensions.Configuration;

namespace SampleApi.Tests;

public sealed class FailureRateTests
{
    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("0", 0)]
    [InlineData("0.25", 0.25)]
    [InlineData("1", 1)]
    public void Reads_the_fraction_from_FAILURE_RATE(string? text, double fraction) =>
        Assert.Equal(fraction, FailureRate.From(Settings(text)).Fraction);

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("half")]
    [InlineData("25%")]
    [InlineData("0,5")]
    public void A_value_outside_0_to_1_is_refused_naming_it(string text)
    {
        var error = Assert.Throws<InvalidSettingException>(() => FailureRate.From(Settings(text)));

        Assert.Equal($"FAILURE_RATE '{text}' is not a fraction: set FAILURE_RATE to a number from 0 to 1, such as 0.25.", error.Message);
    }

    [Fact]
    public void Zero_never_fails_and_one_always_fails()
    {
        var draws = new[] { 0.0, 0.5, 0.999 };

        Assert.All(draws, draw => Assert.False(new FailureRate(0, () => draw).Fails()));
        Assert.All(draws, draw => Assert.True(new FailureRate(1, () => draw).Fails()));
    }

    [Fact]
    public void A_request_fails_when_its_draw_is_below_the_fraction()
    {
        Assert.True(new FailureRate(0.3, () => 0.29).Fails());
        Assert.False(new FailureRate(0.3, () => 0.3).Fails());
    }

    [Fact]
    public async Task With_FAILURE_RATE_1_the_root_answers_500_and_health_stays_200()
    {
        await using var app = await RunningApp.StartAsync("FAILURE_RATE=1");

        using var root = await app.Client.GetAsync("/");
        using var health = await app.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.InternalServerError, root.StatusCode);
        Assert.Equal(SampleEndpoints.InjectedFailure, await root.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task With_FAILURE_RATE_one_half_about_half_the_requests_to_the_root_answer_500()
    {
        await using var app = await RunningApp.StartAsync("FAILURE_RATE=0.5");

        var failed = 0;
        for (var i = 0; i < 400; i++)
        {
            using var response = await app.Client.GetAsync("/");
            if (response.StatusCode == HttpStatusCode.InternalServerError)
                failed++;
            else
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // 400 draws at 0.5: the mean is 200 and the standard deviation 10, so 150..250 holds but for one run in millions.
        Assert.InRange(failed, 150, 250);
    }

    private static IConfiguration Settings(string? failureRate) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create(FailureRate.Setting, failureRate)])
            .Build();
}
