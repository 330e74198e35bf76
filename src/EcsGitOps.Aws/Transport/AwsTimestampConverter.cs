using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsGitOps.Aws.Transport;

/// <summary>
/// Reads the timestamps AWS and moto send, each in its exact form: epoch seconds (JSON protocols, possibly fractional),
/// ISO-8601 with Z or an offset (query protocols) and moto's App Mesh "27/11/2026, 18:47:16" (UTC, day first);
/// writes epoch seconds, as the JSON protocols expect.
/// </summary>
/// <remarks>
/// Nothing is guessed: a culture-aware parse would read moto's 02/12/2026 as 12 February, so text in any other form is
/// refused. No protocol used here sends RFC 1123 dates (that is rest-xml and headers), so none is accepted.
/// </remarks>
public sealed class AwsTimestampConverter : JsonConverter<DateTimeOffset>
{
    const string Accepted = "epoch seconds (1795805236.25), ISO-8601 with Z or an offset (2026-11-27T18:47:16.123Z, "
        + "2026-11-27T19:47:16+01:00) or moto's day-first dd/MM/yyyy, HH:mm:ss (27/11/2026, 18:47:16)";

    // .FFFFFFF also matches no fraction at all; the separators are quoted so that no culture can replace them.
    static readonly string[] IsoFormats =
    [
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'",
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz",
    ];

    // moto 5.2.1's App Mesh: strftime("%d/%m/%Y, %H:%M:%S"), always zero-padded and without a zone.
    const string MotoAppMeshFormat = "dd'/'MM'/'yyyy', 'HH':'mm':'ss";

    const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => TryFromEpochSeconds(reader.GetDouble(), out var instant)
                ? instant
                : throw OutOfRange(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
            JsonTokenType.String => Parse(reader.GetString()!),
            _ => throw new JsonException($"A timestamp must be a number or a string, not {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Math.Round(value.ToUnixTimeMilliseconds() / 1000m, 3));

    public static DateTimeOffset Parse(string text)
    {
        const NumberStyles epoch = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (double.TryParse(text, epoch, CultureInfo.InvariantCulture, out var seconds))
            return TryFromEpochSeconds(seconds, out var instant) ? instant : throw OutOfRange(text);
        if (DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, Utc, out var iso))
            return iso;
        if (DateTimeOffset.TryParseExact(text, MotoAppMeshFormat, CultureInfo.InvariantCulture, Utc, out var moto))
            return moto;
        throw new JsonException($"'{text}' is not a timestamp: expected {Accepted}.");
    }

    static bool TryFromEpochSeconds(double seconds, out DateTimeOffset instant)
    {
        var milliseconds = Math.Round(seconds * 1000);
        var inRange = milliseconds >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds() && milliseconds <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();
        instant = inRange ? DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds) : default;
        return inRange;
    }

    static JsonException OutOfRange(string text) => new($"'{text}' is out of range for a timestamp: expected {Accepted}.");
}
