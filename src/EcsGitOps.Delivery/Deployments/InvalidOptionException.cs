namespace EcsGitOps.Delivery.Deployments;

/// <summary>A command-line value that cannot work; the build reports it in one line and exits with code 2.</summary>
public sealed class InvalidOptionException(string option, string value, string problem)
    : Exception(value.Length == 0 ? $"{option}: {problem}" : $"{option} {value}: {problem}")
{
    public string Option { get; } = option;

    public string Value { get; } = value;
}
