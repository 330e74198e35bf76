using System.Globalization;
using System.Text;

namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>
/// Evaluates the intrinsic functions in one template's seeded resources: Ref and Fn::Sub over parameters, pseudo
/// parameters and seeded resources, Fn::GetAtt of seeded resources, Fn::ImportValue from the given exports, and
/// Fn::If (with the template's Conditions), Fn::Join, Fn::Select, Fn::Split, Fn::FindInMap and Fn::Base64.
/// What it returns holds only text, lists and maps.
/// </summary>
sealed class IntrinsicResolver(SeedingScope scope)
{
    static readonly object NoValue = new();
    readonly Dictionary<string, SeededAttributes> seeded = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> unavailable = new(StringComparer.Ordinal);
    readonly Dictionary<string, bool?> conditions = new(StringComparer.Ordinal);

    public void Seeded(string logicalId, SeededAttributes attributes) => seeded[logicalId] = attributes;

    /// <summary>Records why a resource of the template cannot be referenced, for the message when something does.</summary>
    public void Unavailable(string logicalId, string why) => unavailable[logicalId] = why;

    /// <summary>One value of the template resolved; null when it resolves to AWS::NoValue.</summary>
    public object? Value(object? node, Site site) => Resolve(node, site) is var value && value == NoValue ? null : value;

    public IReadOnlyDictionary<string, object?> Properties(string logicalId, object? properties) =>
        Resolve(properties ?? new Dictionary<string, object?>(), Site.Resource(logicalId)) as IReadOnlyDictionary<string, object?>
        ?? throw Invalid(Site.Resource(logicalId), "Properties must be a mapping");

    public bool Condition(string name, Site from)
    {
        if (conditions.TryGetValue(name, out var known))
            return known ?? throw Invalid(Site.Condition(name), "depends on itself through other conditions");
        var definition = (scope.Template.Root.GetValueOrDefault("Conditions") as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault(name)
            ?? throw Invalid(from, $"condition {name} is not declared under Conditions");
        conditions[name] = null;
        var value = Truth(definition, Site.Condition(name));
        conditions[name] = value;
        return value;
    }

    public LocalCloudSeedingException Invalid(Site site, string why) => new($"{scope.Template.Path}: {site}: {why}");

    LocalCloudSeedingException Unresolvable(Site site, object expression, string why) =>
        new($"{scope.Template.Path}: {site}: cannot resolve {IntrinsicText.Of(expression)}: {why}");

    object? Resolve(object? node, Site site) => node switch
    {
        IReadOnlyDictionary<string, object?> { Count: 1 } map when IntrinsicText.IsFunction(map.Keys.First()) => Function(map, site),
        IReadOnlyDictionary<string, object?> map => Map(map, site),
        IReadOnlyList<object?> list => list.Select((item, i) => Resolve(item, site.At(i))).Where(v => v != NoValue).ToList(),
        _ => node,
    };

    Dictionary<string, object?> Map(IReadOnlyDictionary<string, object?> map, Site site)
    {
        var resolved = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
            if (Resolve(value, site.At(key)) is var v && v != NoValue)
                resolved[key] = v;
        return resolved;
    }

    object? Function(IReadOnlyDictionary<string, object?> expression, Site site)
    {
        var (name, argument) = expression.Single();
        return name switch
        {
            "Ref" when argument is string target => Ref(target, expression, site),
            "Fn::If" when argument is IReadOnlyList<object?> { Count: 3 } branches && branches[0] is string condition =>
                Resolve(Condition(condition, site) ? branches[1] : branches[2], site),
            "Ref" or "Fn::If" => throw Unresolvable(site, expression, "its argument does not have the shape CloudFormation expects"),
            _ => Evaluate(name, Resolve(argument, site), expression, site),
        };
    }

    object? Evaluate(string name, object? argument, object expression, Site site) => (name, argument) switch
    {
        ("Fn::GetAtt", IReadOnlyList<object?> { Count: 2 } at) when at[0] is string resource && at[1] is string attribute =>
            GetAtt(resource, attribute, expression, site),
        ("Fn::Sub", string text) => Sub(text, new Dictionary<string, object?>(), expression, site),
        ("Fn::Sub", IReadOnlyList<object?> { Count: 2 } sub) when sub[0] is string text && sub[1] is IReadOnlyDictionary<string, object?> variables =>
            Sub(text, variables, expression, site),
        ("Fn::Join", IReadOnlyList<object?> { Count: 2 } join) when join[0] is string separator && join[1] is IReadOnlyList<object?> parts
            && parts.All(p => p is string) => string.Join(separator, parts),
        ("Fn::Select", IReadOnlyList<object?> { Count: 2 } select) when select[0] is string index && select[1] is IReadOnlyList<object?> items =>
            int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < items.Count
                ? items[i]
                : throw Unresolvable(site, expression, $"index {index} is not within the {items.Count} items"),
        ("Fn::Split", IReadOnlyList<object?> { Count: 2 } split) when split[0] is string separator && split[1] is string text =>
            text.Split(separator).Cast<object?>().ToList(),
        ("Fn::ImportValue", string export) => scope.Exports.GetValueOrDefault(export)
            ?? throw Unresolvable(site, expression,
                $"no export named {export} was given: deploy the stack that exports it first and pass the exports to seeding"),
        ("Fn::FindInMap", IReadOnlyList<object?> { Count: 3 } keys) when keys.All(k => k is string) =>
            FindInMap((string)keys[0]!, (string)keys[1]!, (string)keys[2]!, expression, site),
        ("Fn::Base64", string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)),
        ("Fn::GetAtt" or "Fn::Sub" or "Fn::Join" or "Fn::Select" or "Fn::Split" or "Fn::ImportValue" or "Fn::FindInMap" or "Fn::Base64", _) =>
            throw Unresolvable(site, expression, "its arguments do not have the shape CloudFormation expects"),
        _ => throw Unresolvable(site, expression, $"seeding does not evaluate {name}: give the value as a parameter"),
    };

    object Ref(string name, object expression, Site site)
    {
        if (name.StartsWith("AWS::", StringComparison.Ordinal))
            return Pseudo(name) ?? throw Unresolvable(site, expression, scope.Account is null
                ? $"{name} is not known before the stack is deployed: give the value as a parameter"
                : $"{name} is not known to seeding");
        if (scope.Template.Parameters.ContainsKey(name))
            return Parameter(name, expression, site);
        return seeded.TryGetValue(name, out var attributes) ? attributes.Ref : throw Unresolvable(site, expression, WhyUnknown(name));
    }

    object? Pseudo(string name) => name switch
    {
        "AWS::NoValue" => NoValue,
        "AWS::Region" => scope.Account?.Region,
        "AWS::AccountId" => scope.Account?.AccountId,
        "AWS::Partition" => scope.Account?.Partition,
        "AWS::URLSuffix" => scope.Account?.UrlSuffix,
        "AWS::StackName" => scope.Stack.StackName,
        _ => null,
    };

    object Parameter(string name, object expression, Site site)
    {
        var value = scope.Stack.Parameters.GetValueOrDefault(name) ?? scope.Template.DefaultOf(name)
            ?? throw Unresolvable(site, expression, $"parameter {name} has no value and no default: give it in the stack's parameters");
        var type = (scope.Template.Parameters[name] as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault("Type") as string ?? "String";
        return type == "CommaDelimitedList" || type.StartsWith("List<", StringComparison.Ordinal)
            ? value.Split(',').Select(item => (object?)item.Trim()).ToList()
            : value;
    }

    string GetAtt(string logicalId, string attribute, object expression, Site site) =>
        !seeded.TryGetValue(logicalId, out var attributes) ? throw Unresolvable(site, expression, WhyUnknown(logicalId))
        : attributes.Attributes.GetValueOrDefault(attribute)
            ?? throw Unresolvable(site, expression, $"seeding knows {string.Join(", ", attributes.Attributes.Keys)} of {logicalId}, not {attribute}");

    string Sub(string text, IReadOnlyDictionary<string, object?> variables, object expression, Site site) =>
        ResourceReferences.SubVariable().Replace(text, match =>
        {
            var name = match.Groups[1].Value.Trim();
            if (name.StartsWith('!'))
                return "${" + name[1..] + "}";
            var value = variables.TryGetValue(name, out var given) ? given
                : name.IndexOf('.') is var dot and > 0 ? GetAtt(name[..dot], name[(dot + 1)..], expression, site)
                : Ref(name, expression, site);
            return value as string ?? throw Unresolvable(site, expression, $"${{{name}}} is not text");
        });

    object? FindInMap(string map, string top, string second, object expression, Site site) =>
        (scope.Template.Root.GetValueOrDefault("Mappings") as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault(map)
            is IReadOnlyDictionary<string, object?> mapping
            && mapping.GetValueOrDefault(top) is IReadOnlyDictionary<string, object?> entry
            && entry.TryGetValue(second, out var value)
            ? value
            : throw Unresolvable(site, expression, $"Mappings has no {map}.{top}.{second}");

    string WhyUnknown(string logicalId) =>
        unavailable.TryGetValue(logicalId, out var why) ? why
        : scope.Template.Resources.GetValueOrDefault(logicalId) is IReadOnlyDictionary<string, object?> resource
            ? $"{logicalId} ({resource.GetValueOrDefault("Type")}) is created by CloudFormation, and seeding knows only parameters, "
              + "exports and the resources it seeds: pass the value in a parameter or an export"
            : $"{logicalId} is neither a parameter nor a resource of the template";

    bool Truth(object? node, Site site) => node switch
    {
        IReadOnlyDictionary<string, object?> { Count: 1 } map => map.Single() switch
        {
            ("Fn::Equals", IReadOnlyList<object?> { Count: 2 } pair) =>
                IntrinsicText.Of(Resolve(pair[0], site.At(0))) == IntrinsicText.Of(Resolve(pair[1], site.At(1))),
            ("Fn::Not", IReadOnlyList<object?> { Count: 1 } not) => !Truth(not[0], site),
            ("Fn::And", IReadOnlyList<object?> all) => all.All(c => Truth(c, site)),
            ("Fn::Or", IReadOnlyList<object?> any) => any.Any(c => Truth(c, site)),
            ("Condition", string other) => Condition(other, site),
            _ => throw Invalid(site, $"{IntrinsicText.Of(node)} is not a condition function"),
        },
        _ => throw Invalid(site, $"{IntrinsicText.Of(node)} is not a condition function"),
    };
}
