using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsGitOps.Aws.Transport;

/// <summary>
/// Reads epoch seconds (JSON protocols, possibly fractional), ISO-8601 (query protocols) and moto's App Mesh
/// "27/11/2026, 18:47:16"; writes epoch seconds, as the JSON protocols expect.
/// </summary>
public sealed class AwsTimestampConverter : JsonConverter<DateTimeOffset>
{
    static readonly string[] MotoFormats = ["dd/MM/yyyy, HH:mm:ss", "d/M/yyyy, HH:mm:ss"];

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => FromEpochSeconds(reader.GetDouble()),
            JsonTokenType.String => Parse(reader.GetString()!),
            _ => throw new JsonException($"A timestamp must be a number or a string, not {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Math.Round(value.ToUnixTimeMilliseconds() / 1000m, 3));

    public static DateTimeOffset Parse(string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return FromEpochSeconds(seconds);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var iso))
            return iso;
        if (DateTimeOffset.TryParseExact(text, MotoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moto))
            return moto;
        throw new JsonException($"'{text}' is not a timestamp (epoch seconds, ISO-8601 or dd/MM/yyyy, HH:mm:ss).");
    }

    static DateTimeOffset FromEpochSeconds(double seconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
}
