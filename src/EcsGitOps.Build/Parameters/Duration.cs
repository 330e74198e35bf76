using System.Globalization;
using System.Text.RegularExpressions;

namespace EcsGitOps.Build.Parameters;

/// <summary>
/// Parses a TimeSpan parameter: an amount with a unit (ms, s, m, h, d) or [d.]hh:mm:ss[.fffffff], culture-invariant.
/// A bare number is refused rather than read as days, as TimeSpan.Parse would.
/// </summary>
internal static partial class Duration
{
    const string Largest = "the largest accepted duration is 10675199d (10675199.02:48:05.4775807)";

    public static TimeSpan Parse(string value)
    {
        var text = value.Trim();
        if (text.StartsWith('-')) throw new ConversionException(value, "expected a duration of zero or more, not a negative one");
        if (WithUnit().Match(text) is { Success: true } unit)
            return FromTicks(value, Times(value, Amount(value, unit.Groups[1].Value), TicksPer(unit.Groups[2].Value)));
        if (WithColons().Match(text) is { Success: true } clock)
            return FromClock(value, clock.Groups);
        throw new ConversionException(value, "expected a duration with a unit, e.g. 30s, 5m, 1h or 00:05:00");
    }

    static TimeSpan FromClock(string value, GroupCollection parts)
    {
        int Part(int group) => int.Parse(parts[group].Value, CultureInfo.InvariantCulture);
        if (Part(2) > 23 || Part(3) > 59 || Part(4) > 59)
            throw new ConversionException(value, "expected [d.]hh:mm:ss with hours below 24 and minutes and seconds below 60, e.g. 1.01:00:00 or 25h");
        var days = parts[1].Success ? Amount(value, parts[1].Value) : 0m;
        var fraction = parts[5].Success ? decimal.Parse("0." + parts[5].Value, CultureInfo.InvariantCulture) : 0m;
        return FromTicks(value, Times(value, days, TimeSpan.TicksPerDay) + Part(2) * TimeSpan.TicksPerHour + Part(3) * TimeSpan.TicksPerMinute
            + (Part(4) + fraction) * TimeSpan.TicksPerSecond);
    }

    static decimal Amount(string value, string digits) =>
        decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? amount
        : throw new ConversionException(value, Largest);

    static long TicksPer(string unit) => unit.ToLowerInvariant() switch
    {
        "ms" => TimeSpan.TicksPerMillisecond,
        "s" => TimeSpan.TicksPerSecond,
        "m" => TimeSpan.TicksPerMinute,
        "h" => TimeSpan.TicksPerHour,
        _ => TimeSpan.TicksPerDay,
    };

    /// <summary>Checked first: decimal multiplication overflows long before a huge amount reaches the range check.</summary>
    static decimal Times(string value, decimal amount, long ticksPer) =>
        amount <= (decimal)TimeSpan.MaxValue.Ticks / ticksPer ? amount * ticksPer : throw new ConversionException(value, Largest);

    static TimeSpan FromTicks(string value, decimal ticks) =>
        ticks <= TimeSpan.MaxValue.Ticks ? TimeSpan.FromTicks((long)Math.Round(ticks, MidpointRounding.AwayFromZero))
        : throw new ConversionException(value, Largest);

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*(ms|s|m|h|d)$", RegexOptions.IgnoreCase)]
    private static partial Regex WithUnit();

    [GeneratedRegex(@"^(?:([0-9]+)\.)?([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\.([0-9]{1,7}))?$")]
    private static partial Regex WithColons();
}
