namespace EcsGitOps.Build;

[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class ParameterAttribute(string? description = null) : Attribute
{
    public string? Description { get; } = description;

    /// <summary>Replaces the member name on the command line, in the environment and in parameter files.</summary>
    public string? Name { get; init; }

    /// <summary>Member names of parameters never bound with this one (either side may say so): the higher source's value wins, e.g. the command line over a profile; both from one source is a usage error.</summary>
    public string[] Excludes { get; init; } = [];
}
