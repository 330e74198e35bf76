using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EcsGitOps.Delivery.LocalCloud.Templates;

/// <summary>
/// Writes an untagged plain YAML scalar as the JSON value YAML 1.1 reads it as (the reading of CloudFormation and of
/// moto's PyYAML): <c>8080</c> a number, <c>true</c> and <c>yes</c> booleans, <c>~</c> null, anything else text.
/// Sexagesimal numbers, .inf and .nan have no JSON form and stay text.
/// </summary>
static partial class YamlScalar
{
    public static void Write(Utf8JsonWriter json, string text)
    {
        if (Null().IsMatch(text))
            json.WriteNullValue();
        else if (Bool().IsMatch(text))
            json.WriteBooleanValue(text[0] is 'y' or 'Y' or 't' or 'T' || text is "on" or "On" or "ON");
        else if (Int().IsMatch(text))
            Number(json, Integer(text.Replace("_", "")));
        else if (Float().IsMatch(text))
            Number(json, text.Replace("_", ""));
        else
            json.WriteStringValue(text);
    }

    static BigInteger Integer(string text)
    {
        var negative = text[0] == '-';
        var digits = text.TrimStart('-', '+');
        var value = digits switch
        {
            ['0', 'x', .. var hex] => BigInteger.Parse("0" + hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
            ['0', 'b', .. var binary] => Digits(binary, 2),
            ['0', _, ..] => Digits(digits[1..], 8),
            _ => BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture),
        };
        return negative ? -value : value;
    }

    static BigInteger Digits(string digits, int radix) => digits.Aggregate(BigInteger.Zero, (value, digit) => value * radix + (digit - '0'));

    static void Number(Utf8JsonWriter json, BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
            json.WriteNumberValue((long)value);
        else
            json.WriteRawValue(value.ToString(CultureInfo.InvariantCulture));
    }

    // A decimal keeps its scale when written, so 1.0 stays a float (not 1) for the JSON reader; multiplying by 1.0
    // gives a scale to floats written without decimals (1., 1.5e+3).
    static void Number(Utf8JsonWriter json, string text)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            json.WriteNumberValue(value.Scale == 0 ? value * 1.0m : value);
        else
            json.WriteNumberValue(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("^(?:~|null|Null|NULL|)$")]
    private static partial Regex Null();

    [GeneratedRegex("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Bool();

    [GeneratedRegex("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$")]
    private static partial Regex Int();

    [GeneratedRegex(@"^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?)$")]
    private static partial Regex Float();
}
