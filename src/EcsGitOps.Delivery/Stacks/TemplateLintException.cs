namespace EcsGitOps.Delivery.Stacks;

/// <summary>LintInfra failed in one line: cfn-lint's findings (Result is set), or cfn-lint itself could not run.</summary>
public sealed class TemplateLintException(string message, TemplateLint.Result? result = null) : Exception(message)
{
    public TemplateLint.Result? Result { get; } = result;
}
