using System.Globalization;

namespace SampleApi;

/// <summary>Chooses the listen address: ASPNETCORE_URLS/--urls win, then PORT (as Cloud Run and Heroku set it), then 8080.</summary>
public static class ListenUrl
{
    public const int DefaultPort = 8080;

    /// <returns>The URL to listen on, or null when ASP.NET Core's own settings already say where.</returns>
    public static string? Resolve(IConfiguration configuration)
    {
        if (HasValue(configuration, "urls") || HasValue(configuration, "http_ports") || HasValue(configuration, "https_ports"))
            return null;
        var port = configuration["PORT"];
        if (string.IsNullOrWhiteSpace(port))
            return $"http://+:{DefaultPort}";
        return int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 65536
            ? $"http://+:{number}"
            : throw new InvalidSettingException($"PORT '{port}' is not a TCP port: set PORT to a number from 1 to 65535.");
    }

    private static bool HasValue(IConfiguration configuration, string key) =>
        !string.IsNullOrWhiteSpace(configuration[key]);
}
