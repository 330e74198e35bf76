namespace EcsGitOps.Aws.Tests.Conformance;

/// <summary>A theory over botocore's models: skipped where botocore is missing, except under CI=true where it fails.</summary>
sealed class BotocoreTheoryAttribute : TheoryAttribute
{
    public BotocoreTheoryAttribute()
    {
        if (Botocore.DataPath is null && !Botocore.Required)
            Skip = "botocore is not installed (pip install botocore); under CI=true this fails instead";
    }
}
