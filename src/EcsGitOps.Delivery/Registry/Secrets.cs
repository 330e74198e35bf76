namespace EcsGitOps.Delivery.Registry;

/// <summary>Removes registry passwords and tokens from text before it reaches output, an exception or a file.</summary>
/// <remarks>Registries and the engine do not echo credentials today; this keeps that true if one ever does.</remarks>
internal static class Secrets
{
    public const string Mask = "***";

    public static string Scrub(string text, RegistryCredentials? credentials) =>
        credentials is null
            ? text
            : credentials.SecretForms.Where(secret => secret.Length >= 4)
                .Aggregate(text, (scrubbed, secret) => scrubbed.Replace(secret, Mask, StringComparison.Ordinal));
}
