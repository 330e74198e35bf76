namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>Where in a template a value stands, for messages: "resource Route, Properties.Spec.HttpRoute".</summary>
readonly record struct Site(string Subject, string Path)
{
    public static Site Resource(string logicalId) => new($"resource {logicalId}", "Properties");

    public static Site Condition(string name) => new($"condition {name}", $"Conditions.{name}");

    public Site At(string key) => this with { Path = $"{Path}.{key}" };

    public Site At(int index) => this with { Path = $"{Path}[{index}]" };

    public override string ToString() => $"{Subject}, {Path}";
}
