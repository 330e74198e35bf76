using System.Text;

namespace EcsGitOps.Delivery.Traffic.State;

/// <summary>
/// Text as AWS tag values allow it: ASCII letters and digits, spaces and <c>+ - . _ : / @</c> stay as they are; every
/// other byte of the UTF-8 text, '=' included, becomes "=HH". A value holds at most 256 characters.
/// </summary>
internal static class TagValue
{
    public const int MaxLength = 256;

    private const string Truncated = "...";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is ' ' or '+' or '-' or '.' or '_' or ':' or '/' or '@')
                escaped.Append(c);
            else
                escaped.Append('=').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return escaped.ToString();
    }

    /// <exception cref="FormatException">The value was not written by <see cref="Escape"/>.</exception>
    public static string Unescape(string value)
    {
        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '=')
            {
                bytes.Add((byte)value[i]);
                continue;
            }
            if (i + 2 >= value.Length || !byte.TryParse(value.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier,
                    System.Globalization.CultureInfo.InvariantCulture, out var b))
                throw new FormatException($"'{value}' has an incomplete escape at position {i}");
            bytes.Add(b);
            i += 2;
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>Splits an escaped value into <paramref name="parts"/> tag values (the unused ones empty), or null when
    /// it does not fit.</summary>
    public static IReadOnlyList<string>? Split(string escaped, int parts)
    {
        var values = new List<string>(parts);
        var rest = escaped;
        for (var part = 0; part < parts; part++)
        {
            var cut = Cut(rest, MaxLength);
            values.Add(rest[..cut]);
            rest = rest[cut..];
        }
        return rest.Length == 0 ? values : null;
    }

    /// <summary>An escaped value cut to fit one tag; a cut one ends with "...".</summary>
    public static string Shorten(string escaped) =>
        escaped.Length <= MaxLength ? escaped : escaped[..Cut(escaped, MaxLength - Truncated.Length)] + Truncated;

    // Never between '=' and its two hex digits.
    private static int Cut(string escaped, int max)
    {
        if (escaped.Length <= max)
            return escaped.Length;
        var cut = max;
        if (escaped[cut - 1] == '=')
            cut -= 1;
        else if (escaped[cut - 2] == '=')
            cut -= 2;
        return cut;
    }
}
