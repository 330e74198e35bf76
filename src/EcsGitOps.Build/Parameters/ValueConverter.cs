using System.Globalization;
using System.Numerics;

namespace EcsGitOps.Build.Parameters;

/// <summary>Turns the text values of a parameter (CLI, environment or JSON) into its declared type.</summary>
internal static class ValueConverter
{
    const NumberStyles Whole = NumberStyles.Integer;

    public static object? Convert(Type type, IReadOnlyList<string> values)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsArray) return ConvertArray(target, values);
        if (values.Count == 0 && target == typeof(bool)) return true;
        if (values.Count == 0) throw new ConversionException("", "a value is required");
        return ConvertOne(target, string.Join(' ', values));
    }

    public static bool Supports(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsArray) target = target.GetElementType()!;
        return target.IsEnum || Array.IndexOf([typeof(string), typeof(int), typeof(long), typeof(double), typeof(bool), typeof(TimeSpan)], target) >= 0;
    }

    public static string TypeName(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsArray ? TypeName(target.GetElementType()!) + "[]" : target switch
        {
            _ when target == typeof(string) => "string",
            _ when target == typeof(int) => "int",
            _ when target == typeof(long) => "long",
            _ when target == typeof(double) => "double",
            _ when target == typeof(bool) => "bool",
            _ => target.Name,
        };
    }

    static Array ConvertArray(Type arrayType, IReadOnlyList<string> values)
    {
        var items = values.SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var array = Array.CreateInstanceFromArrayType(arrayType, items.Length);
        for (var i = 0; i < items.Length; i++) array.SetValue(ConvertOne(arrayType.GetElementType()!, items[i]), i);
        return array;
    }

    static object ConvertOne(Type type, string value) => type switch
    {
        _ when type == typeof(string) => value,
        _ when type == typeof(int) => int.TryParse(value, Whole, CultureInfo.InvariantCulture, out var i) ? i : throw NotWhole(value, int.MinValue, int.MaxValue),
        _ when type == typeof(long) => long.TryParse(value, Whole, CultureInfo.InvariantCulture, out var l) ? l : throw NotWhole(value, long.MinValue, long.MaxValue),
        _ when type == typeof(double) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? double.IsFinite(d) ? d : throw Expected(value, "expected a finite number")
            : throw Expected(value, "expected a number such as 0.5"),
        _ when type == typeof(bool) => bool.TryParse(value, out var b) ? b : throw Expected(value, "expected true or false"),
        _ when type == typeof(TimeSpan) => Duration.Parse(value),
        { IsEnum: true } => ParseEnum(type, value),
        _ => throw new NotSupportedException(type.Name),
    };

    static object ParseEnum(Type type, string value)
    {
        var names = Enum.GetNames(type);
        var name = names.FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase))
            ?? names.FirstOrDefault(n => NameStyle.Normalize(n) == NameStyle.Normalize(value))
            ?? throw Expected(value, "expected one of " + string.Join(", ", names));
        return Enum.Parse(type, name);
    }

    static ConversionException Expected(string value, string expected) => new(value, expected);

    /// <summary>A whole number out of range says the range; anything else asks for a whole number.</summary>
    static ConversionException NotWhole(string value, long min, long max) =>
        Expected(value, BigInteger.TryParse(value, Whole, CultureInfo.InvariantCulture, out _)
            ? string.Create(CultureInfo.InvariantCulture, $"expected a whole number from {min} to {max}")
            : "expected a whole number");
}
