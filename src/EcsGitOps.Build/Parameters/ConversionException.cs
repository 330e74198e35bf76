namespace EcsGitOps.Build.Parameters;

/// <summary>A value that cannot be bound; <c>Value</c> is null when the message should not quote it.</summary>
/// <param name="expected">What would have been accepted, e.g. "expected a whole number".</param>
internal sealed class ConversionException(string? value, string expected) : Exception(expected)
{
    public string? Value => value;
}
