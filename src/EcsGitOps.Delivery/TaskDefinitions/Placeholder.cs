namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>One <c>{{ name }}</c> in a template, located by its 1-based line.</summary>
public sealed record Placeholder(string Name, int Line, PlaceholderQuoting Quoting, int Offset, int Length);
