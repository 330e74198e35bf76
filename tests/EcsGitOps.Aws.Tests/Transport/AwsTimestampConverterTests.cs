using System.Globalization;
using System.Text.Json;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.Tests.Transport;

public sealed class AwsTimestampConverterTests
{
    static readonly DateTimeOffset Expected = new(2026, 11, 27, 18, 47, 16, TimeSpan.Zero);

    static DateTimeOffset Read(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        return new AwsTimestampConverter().Read(ref reader, typeof(DateTimeOffset), new JsonSerializerOptions());
    }

    [Theory]
    [InlineData("1795805236")]
    [InlineData("1795805236.0")]
    [InlineData("1.795805236E9")]
    [InlineData("\"1795805236\"")]
    [InlineData("\"2026-11-27T18:47:16Z\"")]
    [InlineData("\"2026-11-27T18:47:16.000Z\"")]
    [InlineData("\"2026-11-27T18:47:16.000000Z\"")]
    [InlineData("\"2026-11-27T19:47:16+01:00\"")]
    [InlineData("\"2026-11-27T13:47:16-05:00\"")]
    [InlineData("\"27/11/2026, 18:47:16\"")]
    public void Epoch_seconds_ISO_8601_and_moto_day_month_year_strings_all_read_as_the_same_instant(string json) =>
        Assert.Equal(Expected, Read(json));

    [Theory]
    [InlineData("02/12/2026, 02:52:18", 2026, 12, 2, 2, 52, 18)]
    [InlineData("01/02/2027, 00:00:00", 2027, 2, 1, 0, 0, 0)]
    [InlineData("12/01/2027, 12:00:01", 2027, 1, 12, 12, 0, 1)]
    [InlineData("13/01/2027, 09:05:00", 2027, 1, 13, 9, 5, 0)]
    [InlineData("31/12/2026, 23:59:59", 2026, 12, 31, 23, 59, 59)]
    public void Moto_app_mesh_timestamps_are_read_day_first_in_utc(string text, int year, int month, int day, int hour, int minute, int second) =>
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero), AwsTimestampConverter.Parse(text));

    [Theory]
    [InlineData("2026-12-02T02:52:18Z", 0)]
    [InlineData("2026-12-02T02:52:18.1Z", 1_000_000)]
    [InlineData("2026-12-02T02:52:18.123Z", 1_230_000)]
    [InlineData("2026-12-02T02:52:18.123456Z", 1_234_560)]
    [InlineData("2026-12-02T02:52:18.1234567Z", 1_234_567)]
    [InlineData("2026-12-02T03:52:18.123+01:00", 1_230_000)]
    [InlineData("2026-12-01T21:22:18.5-05:30", 5_000_000)]
    public void ISO_8601_reads_with_or_without_a_fraction_and_with_Z_or_an_offset(string text, long fractionTicks)
    {
        var read = AwsTimestampConverter.Parse(text);

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 2, 52, 18, TimeSpan.Zero).AddTicks(fractionTicks), read);
        Assert.Equal(TimeSpan.Zero, read.Offset);
    }

    [Fact]
    public void Fractional_epoch_seconds_keep_their_milliseconds() =>
        Assert.Equal(Expected.AddMilliseconds(250), AwsTimestampConverter.Parse("1795805236.25"));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("12/02/2026 02:52:18")]
    [InlineData("2/12/2026, 02:52:18")]
    [InlineData("13/13/2026, 02:52:18")]
    [InlineData("2026-12-02")]
    [InlineData("2026-12-02T02:52:18")]
    [InlineData("2026-12-02 02:52:18Z")]
    [InlineData("2026-12-02T02:52:18.12345678Z")]
    [InlineData("Wed, 02 Dec 2026 02:52:18 GMT")]
    [InlineData("December 2, 2026")]
    [InlineData("")]
    public void Anything_else_is_refused_naming_the_text_and_the_accepted_forms(string text)
    {
        var error = Assert.Throws<JsonException>(() => AwsTimestampConverter.Parse(text));

        Assert.Equal(
            $"'{text}' is not a timestamp: expected epoch seconds (1795805236.25), ISO-8601 with Z or an offset "
            + "(2026-11-27T18:47:16.123Z, 2026-11-27T19:47:16+01:00) or moto's day-first dd/MM/yyyy, HH:mm:ss (27/11/2026, 18:47:16).",
            error.Message);
    }

    [Theory]
    [InlineData("1e300")]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    public void Epoch_seconds_out_of_range_are_refused_with_the_text(string text) =>
        Assert.StartsWith($"'{text}' is out of range for a timestamp", Assert.Throws<JsonException>(() => AwsTimestampConverter.Parse(text)).Message);

    [Fact]
    public void The_current_culture_does_not_change_what_is_read()
    {
        // Invariant globalization forbids named cultures, but a clone with a month-first pattern and other separators shows
        // that nothing reads the current culture.
        var monthFirst = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        monthFirst.DateTimeFormat.ShortDatePattern = "MM/dd/yyyy";
        monthFirst.DateTimeFormat.DateSeparator = ".";
        monthFirst.DateTimeFormat.TimeSeparator = ".";
        monthFirst.NumberFormat.NumberDecimalSeparator = ",";
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = monthFirst;
        try
        {
            Assert.Equal(new DateTimeOffset(2026, 12, 2, 2, 52, 18, TimeSpan.Zero), AwsTimestampConverter.Parse("02/12/2026, 02:52:18"));
            Assert.Equal(Expected.AddMilliseconds(250), AwsTimestampConverter.Parse("1795805236.25"));
            Assert.Equal(Expected.AddMilliseconds(123), AwsTimestampConverter.Parse("2026-11-27T18:47:16.123Z"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Timestamps_are_written_as_epoch_seconds()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            new AwsTimestampConverter().Write(writer, Expected.AddMilliseconds(500), new JsonSerializerOptions());

        Assert.Equal("1795805236.5", System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
