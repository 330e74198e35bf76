namespace EcsGitOps.Build.Output;

/// <summary>Replaces the values of secret parameters with *** in everything the build writes.</summary>
internal sealed class Redactor
{
    readonly List<string> secrets = [];
    readonly Lock gate = new();

    public void Add(string secret)
    {
        if (secret.Length == 0) return;
        lock (gate)
        {
            secrets.Add(secret);
            secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    public string Redact(string text)
    {
        lock (gate)
            return secrets.Aggregate(text, (current, secret) => current.Replace(secret, "***", StringComparison.Ordinal));
    }
}
