namespace EcsGitOps.Build.Parameters;

/// <param name="Expected">What would have been accepted, e.g. "expected a whole number".</param>
internal sealed class ConversionException(string value, string expected) : Exception(expected)
{
    public string Value => value;
}
