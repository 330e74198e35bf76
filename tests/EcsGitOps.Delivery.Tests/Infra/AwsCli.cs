using System.Text.Json;

namespace EcsGitOps.Delivery.Tests.Infra;

/// <summary>The real AWS CLI pointed at a test endpoint, with dummy credentials and no user configuration.</summary>
sealed class AwsCli(Uri endpoint)
{
    static readonly Dictionary<string, string?> Environment = new()
    {
        ["AWS_ACCESS_KEY_ID"] = "test",
        ["AWS_SECRET_ACCESS_KEY"] = "test",
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
        ExternalTool.RunAsync("aws", ["--endpoint-url", endpoint.ToString(), "--output", "json", .. arguments], Environment);

    /// <summary>Runs a command that must succeed and returns its JSON answer.</summary>
    public async Task<JsonElement> JsonAsync(params string[] arguments)
    {
        var result = await RunAsync(arguments);
        Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', arguments.Take(2))} failed: {result.Error}");
        return result.Output.Length == 0 ? default : JsonDocument.Parse(result.Output).RootElement.Clone();
    }
}
