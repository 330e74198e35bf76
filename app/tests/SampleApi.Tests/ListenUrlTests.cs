using Microsoft.Extensions.Configuration;

namespace SampleApi.Tests;

public sealed class ListenUrlTests
{
    [Fact]
    public void Without_settings_listens_on_8080_on_all_interfaces() =>
        Assert.Equal("http://+:8080", ListenUrl.Resolve(Settings()));

    [Fact]
    public void Port_setting_chooses_the_port() =>
        Assert.Equal("http://+:9123", ListenUrl.Resolve(Settings(("PORT", "9123"))));

    [Theory]
    [InlineData("urls")]
    [InlineData("http_ports")]
    public void AspNetCore_settings_win_over_port(string key) =>
        Assert.Null(ListenUrl.Resolve(Settings((key, "http://127.0.0.1:7000"), ("PORT", "9123"))));

    [Theory]
    [InlineData("eighty")]
    [InlineData("0")]
    [InlineData("70000")]
    [InlineData("-1")]
    public void A_port_that_is_not_a_tcp_port_fails_naming_the_value(string port)
    {
        var error = Assert.Throws<InvalidSettingException>(() => ListenUrl.Resolve(Settings(("PORT", port))));

        Assert.Equal($"PORT '{port}' is not a TCP port: set PORT to a number from 1 to 65535.", error.Message);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(value => KeyValuePair.Create(value.Key, (string?)value.Value)))
            .Build();
}
