using System.Text.Json;

namespace EcsGitOps.Delivery.Tests.Support;

/// <summary>
/// The real AWS CLI as an independent client of a test endpoint: dummy credentials and no user configuration, set in
/// its own environment only.
/// </summary>
public sealed class AwsCli(Uri endpoint)
{
    static readonly Dictionary<string, string?> Environment = new()
    {
        ["AWS_ACCESS_KEY_ID"] = "testing",
        ["AWS_SECRET_ACCESS_KEY"] = "testing",
        ["AWS_SESSION_TOKEN"] = null,
        ["AWS_DEFAULT_REGION"] = "us-east-1",
        ["AWS_REGION"] = "us-east-1",
        ["AWS_PROFILE"] = null,
        ["AWS_CONFIG_FILE"] = "/dev/null",
        ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_PAGER"] = "",
        ["AWS_ENDPOINT_URL"] = null,
    };

    public Task<ExternalTool.Result> RunAsync(params string[] arguments) =>
        ExternalTool.RunAsync("aws", ["--endpoint-url", endpoint.ToString().TrimEnd('/'), "--output", "json", .. arguments], Environment);

    /// <summary>Runs a command that must succeed and returns its JSON answer (default when it printed nothing).</summary>
    public async Task<JsonElement> JsonAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"aws {string.Join(' ', arguments)} exited with {result.ExitCode}: {result.Error}");
        return string.IsNullOrWhiteSpace(result.Output) ? default : JsonDocument.Parse(result.Output).RootElement.Clone();
    }
}
