namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>Where a placeholder stands, which decides how its value is written.</summary>
public enum PlaceholderQuoting
{
    /// <summary>Outside quotes: the value must be a number or true/false.</summary>
    None,
    /// <summary>Inside a double-quoted string: the value is JSON-escaped.</summary>
    Double,
    /// <summary>Inside a YAML single-quoted string: quotes are doubled.</summary>
    Single,
}
