namespace EcsGitOps.Build;

[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class ParameterAttribute(string? description = null) : Attribute
{
    public string? Description { get; } = description;

    /// <summary>Replaces the member name on the command line, in the environment and in parameter files.</summary>
    public string? Name { get; init; }
}
