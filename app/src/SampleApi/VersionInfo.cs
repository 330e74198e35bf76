namespace SampleApi;

/// <summary>What /version reports, so a traffic shift can be watched request by request.</summary>
public sealed record VersionInfo(string Version, string Commit, string Colour)
{
    public static VersionInfo From(IConfiguration configuration) => new(
        Value(configuration, "APP_VERSION", "0.0.0-dev"),
        Value(configuration, "GIT_COMMIT", "unknown"),
        Value(configuration, "DEPLOYMENT_COLOR", "none"));

    private static string Value(IConfiguration configuration, string key, string fallback) =>
        configuration[key] is { Length: > 0 } value ? value : fallback;
}
