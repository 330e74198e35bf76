using EcsGitOps.Delivery.Scanning;

namespace EcsGitOps.Delivery.Tests.Scanning;

public sealed class SeverityTextTests
{
    [Theory]
    [InlineData("CRITICAL", Severity.Critical)]
    [InlineData("high", Severity.High)]
    [InlineData("Medium", Severity.Medium)]
    [InlineData("low", Severity.Low)]
    [InlineData("UNKNOWN", Severity.Unknown)]
    public void The_gate_setting_accepts_the_five_names_in_any_case(string text, Severity severity) =>
        Assert.Equal(severity, SeverityText.Parse(text));

    [Theory]
    [InlineData("SEVERE")]
    [InlineData("4")]
    [InlineData("")]
    public void A_gate_setting_that_is_not_a_severity_is_refused_listing_the_valid_ones(string text)
    {
        var error = Assert.Throws<ImageScanException>(() => SeverityText.Parse(text));

        Assert.Equal($"Severity '{text}' is not one of UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL: set --fail-on-severity to one of them.", error.Message);
    }

    [Theory]
    [InlineData("INFORMATIONAL")]
    [InlineData("UNTRIAGED")]
    [InlineData(null)]
    public void A_finding_severity_no_scale_knows_counts_as_unknown(string? text) =>
        Assert.Equal(Severity.Unknown, SeverityText.FromScanner(text));
}
