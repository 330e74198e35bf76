using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>
/// Fills an AWS client's request record from resolved CloudFormation properties. CloudFormation spells the API's
/// members in PascalCase (AWSCloudMap for awsCloudMap), so members match by name whatever the case; numbers and
/// booleans arrive as YAML text. Properties the record does not model are collected in <see cref="Omitted"/>.
/// </summary>
sealed class PropertyBinder(string templatePath, string logicalId)
{
    const string Root = "Properties";
    readonly List<string> omitted = [];

    public IReadOnlyList<string> Omitted => omitted;

    public T Bind<T>(IReadOnlyDictionary<string, object?> properties) where T : class => (T)Record(typeof(T), properties, Root);

    object? Value(object? value, Type type, string path)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            null => null,
            string text when target == typeof(string) => text,
            string text when target == typeof(int) =>
                int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : throw Fail(path, "expected a whole number"),
            string text when target == typeof(long) =>
                long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : throw Fail(path, "expected a whole number"),
            string text when target == typeof(double) =>
                double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : throw Fail(path, "expected a number"),
            string text when target == typeof(bool) =>
                bool.TryParse(text, out var b) ? b : throw Fail(path, "expected true or false"),
            IReadOnlyList<object?> list when ElementOf(target) is { } element => List(list, element, path),
            IReadOnlyDictionary<string, object?> map when target.IsClass && target != typeof(string) => Record(target, map, path),
            _ => throw Fail(path, $"expected {Describe(target)}"),
        };
    }

    IList List(IReadOnlyList<object?> items, Type element, string path)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        for (var i = 0; i < items.Count; i++)
            list.Add(Value(items[i], element, $"{path}[{i}]"));
        return list;
    }

    object Record(Type type, IReadOnlyDictionary<string, object?> map, string path)
    {
        var instance = Activator.CreateInstance(type)!;
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
        foreach (var (key, value) in map)
        {
            if (members.FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase)) is { } member)
                member.SetValue(instance, Value(value, member.PropertyType, $"{path}.{key}"));
            else
                omitted.Add($"{path}.{key}"[(Root.Length + 1)..]);
        }
        if (members.FirstOrDefault(p => p.IsDefined(typeof(RequiredMemberAttribute)) && p.GetValue(instance) is null) is { } missing)
            throw Fail($"{path}.{missing.Name}", "is required");
        return instance;
    }

    static Type? ElementOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var generic
        && (generic == typeof(IReadOnlyList<>) || generic == typeof(IList<>) || generic == typeof(List<>) || generic == typeof(IEnumerable<>))
            ? type.GetGenericArguments()[0]
            : null;

    static string Describe(Type type) =>
        type == typeof(string) ? "text" : ElementOf(type) is not null ? "a list" : type.IsClass ? "a mapping" : $"a {type.Name}";

    LocalCloudSeedingException Fail(string path, string why) => new($"{templatePath}: resource {logicalId}, {path}: {why}");
}
