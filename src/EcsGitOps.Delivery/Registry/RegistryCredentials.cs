using System.Text;

namespace EcsGitOps.Delivery.Registry;

/// <summary>A registry login. The password is handed to the engine and the registry only; ToString hides it.</summary>
public sealed record RegistryCredentials(string Username, string Password)
{
    /// <summary>Every form the password travels in (plain, and base64 "user:password" as ECR issues it), for scrubbing.</summary>
    internal IEnumerable<string> SecretForms => [Password, BasicToken];

    /// <summary>The HTTP Basic form, base64 "user:password".</summary>
    internal string BasicToken => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}"));

    public override string ToString() => $"RegistryCredentials {{ Username = {Username}, Password = *** }}";
}
