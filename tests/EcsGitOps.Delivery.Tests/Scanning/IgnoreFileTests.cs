using EcsGitOps.Delivery.Scanning;

namespace EcsGitOps.Delivery.Tests.Scanning;

public sealed class IgnoreFileTests
{
    [Fact]
    public void Reads_id_statement_and_expiry_date_of_each_entry()
    {
        var rules = IgnoreFile.Load(Fixture.Path("trivyignore.yaml"));

        Assert.Equal(
        [
            new IgnoreRule("CVE-2023-45853", "MiniZip is not built into zlib1g; the service never writes zip files.", new DateOnly(2027, 3, 31)),
            new IgnoreRule("CVE-2025-4802", "Only static setuid binaries are affected; the image has none.", new DateOnly(2026, 6, 30)),
            new IgnoreRule("CVE-2023-4039", "Affects AArch64 builds only; the image is amd64.", null),
        ], rules);
    }

    [Fact]
    public void An_entry_without_a_statement_is_refused_naming_the_id_and_line()
    {
        var error = Assert.Throws<ImageScanException>(() => IgnoreFile.Parse("vulnerabilities:\n  - id: CVE-2024-9143\n    expired_at: 2027-01-01\n", "ignore.yaml"));

        Assert.Equal("Ignore file ignore.yaml line 2: CVE-2024-9143 has no statement: say why it is accepted.", error.Message);
    }

    [Fact]
    public void An_expiry_that_is_not_a_date_is_refused_with_the_format_to_use()
    {
        var error = Assert.Throws<ImageScanException>(() =>
            IgnoreFile.Parse("vulnerabilities:\n  - id: CVE-1\n    statement: fine\n    expired_at: next spring\n", "ignore.yaml"));

        Assert.Equal("Ignore file ignore.yaml line 2: expired_at 'next spring' of CVE-1 is not a date: write it as YYYY-MM-DD.", error.Message);
    }

    [Theory]
    [InlineData("01/02/2027")]
    [InlineData("02.01.2027")]
    [InlineData("2027-1-2")]
    [InlineData("2027-01-02 10:00:00")]
    [InlineData("Jan 2, 2027")]
    public void An_expiry_in_any_other_form_is_refused_rather_than_guessed(string expiry)
    {
        var error = Assert.Throws<ImageScanException>(() =>
            IgnoreFile.Parse($"vulnerabilities:\n  - id: CVE-1\n    statement: fine\n    expired_at: {expiry}\n", "ignore.yaml"));

        Assert.Equal($"Ignore file ignore.yaml line 2: expired_at '{expiry}' of CVE-1 is not a date: write it as YYYY-MM-DD.", error.Message);
    }

    [Theory]
    [InlineData("2027-01-02T10:00:00Z")]
    [InlineData("2027-01-02T00:30:00.5Z")]
    [InlineData("2027-01-02T23:00:00+05:00")]
    [InlineData("2027-01-01T20:00:00-05:00")]
    public void An_RFC_3339_expiry_applies_from_its_day_in_utc(string expiry)
    {
        var rule = Assert.Single(IgnoreFile.Parse($"vulnerabilities:\n  - id: CVE-1\n    statement: fine\n    expired_at: {expiry}\n", "ignore.yaml"));

        Assert.Equal(new DateOnly(2027, 1, 2), rule.ExpiredAt);
    }

    [Fact]
    public void Invalid_yaml_is_refused_with_its_line_and_column()
    {
        var error = Assert.Throws<ImageScanException>(() => IgnoreFile.Parse("vulnerabilities:\n  - id: [CVE-1\n", "ignore.yaml"));

        Assert.Matches(@"^ignore\.yaml:\d+:\d+: YAML syntax error: .+\. Fix the ignore file \(Trivy's \.trivyignore\.yaml format\)\.$", error.Message);
    }

    [Fact]
    public void A_list_left_open_names_where_it_opens_instead_of_an_invalid_operation()
    {
        var error = Assert.Throws<ImageScanException>(() =>
            IgnoreFile.Parse("vulnerabilities:\n  - id: CVE-1\n    statement: [fine\n    expired_at: 2030-01-01\n", "ignore.yaml"));

        Assert.StartsWith("ignore.yaml:3:16: YAML syntax error: the '[' here is never closed (no ']' ends the list).", error.Message);
    }

    [Fact]
    public void An_empty_file_or_one_without_vulnerabilities_ignores_nothing()
    {
        Assert.Empty(IgnoreFile.Parse("", "ignore.yaml"));
        Assert.Empty(IgnoreFile.Parse("misconfigurations:\n  - id: AVD-DS-0002\n", "ignore.yaml"));
    }

    [Fact]
    public void A_missing_file_is_refused_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-ignore-" + Guid.NewGuid().ToString("N") + ".yaml");

        var error = Assert.Throws<ImageScanException>(() => IgnoreFile.Load(path));

        Assert.Equal($"Ignore file not found: {path}: create it or leave the ignore file setting unset.", error.Message);
    }
}
