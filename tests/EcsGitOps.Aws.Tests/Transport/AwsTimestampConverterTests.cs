using System.Text.Json;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.Tests.Transport;

public sealed class AwsTimestampConverterTests
{
    static readonly DateTimeOffset Expected = new(2026, 11, 27, 18, 47, 16, TimeSpan.Zero);

    [Theory]
    [InlineData("1795805236")]
    [InlineData("1795805236.0")]
    [InlineData("1.795805236E9")]
    [InlineData("\"2026-11-27T18:47:16Z\"")]
    [InlineData("\"2026-11-27T18:47:16.000Z\"")]
    [InlineData("\"2026-11-27T19:47:16+01:00\"")]
    [InlineData("\"27/11/2026, 18:47:16\"")]
    public void Epoch_seconds_ISO_8601_and_moto_day_month_year_strings_all_read_as_the_same_instant(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();

        Assert.Equal(Expected, new AwsTimestampConverter().Read(ref reader, typeof(DateTimeOffset), new JsonSerializerOptions()));
    }

    [Fact]
    public void Fractional_epoch_seconds_keep_their_milliseconds() =>
        Assert.Equal(Expected.AddMilliseconds(250), AwsTimestampConverter.Parse("1795805236.25"));

    [Fact]
    public void Something_that_is_not_a_timestamp_is_rejected_with_the_text() =>
        Assert.Contains("'yesterday'", Assert.Throws<JsonException>(() => AwsTimestampConverter.Parse("yesterday")).Message);

    [Fact]
    public void Timestamps_are_written_as_epoch_seconds()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            new AwsTimestampConverter().Write(writer, Expected.AddMilliseconds(500), new JsonSerializerOptions());

        Assert.Equal("1795805236.5", System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
