using System.Collections;
using System.Globalization;
using System.Reflection;

namespace EcsGitOps.Build.Parameters;

/// <summary>A [Parameter] field or property of the build class.</summary>
internal sealed record ParameterMember(string Name, string MemberName, Type Type, string? Description, bool IsSecret, Func<object, object?> Get, Action<object, object?> Set)
{
    public string CliName => "--" + NameStyle.Kebab(Name);

    public string EnvironmentName => NameStyle.UpperSnake(Name);

    public bool IsFlag => (Nullable.GetUnderlyingType(Type) ?? Type) == typeof(bool);

    public bool IsArray => Type.IsArray;

    /// <summary>Member names of the parameters this one declares it excludes; see <see cref="ExcludesEachOther"/> for both sides.</summary>
    public IReadOnlyList<string> Excludes { get; init; } = [];

    public bool ExcludesEachOther(ParameterMember other) => Excludes.Contains(other.MemberName) || other.Excludes.Contains(MemberName);

    public static ParameterMember From(MemberInfo member, ParameterAttribute attribute) => member switch
    {
        FieldInfo field => Create(member, field.FieldType, attribute, field.GetValue, field.SetValue),
        PropertyInfo { CanWrite: true } property => Create(member, property.PropertyType, attribute, property.GetValue, property.SetValue),
        _ => throw new Cli.UsageException($"Parameter {member.Name} has no setter: declare it as {{ get; set; }} or as a field."),
    };

    /// <summary>Invariant text of a value, the same for help, hashing and files.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(",", items.Cast<object?>().Select(Format)),
        _ => value.ToString(),
    };

    static ParameterMember Create(MemberInfo member, Type type, ParameterAttribute attribute, Func<object, object?> get, Action<object, object?> set) =>
        new(attribute.Name ?? member.Name, member.Name, type, attribute.Description, member.IsDefined(typeof(SecretAttribute)), get, set)
        {
            Excludes = attribute.Excludes,
        };
}
