using System.Diagnostics;
using System.Text.Json;

namespace EcsGitOps.Delivery.Tests.Routers.Fixtures;

/// <summary>The AWS CLI as an independent client of the test's moto_server; dummy credentials in its environment only.</summary>
public sealed class AwsCommandLine(Uri endpoint)
{
    public async Task<JsonElement> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("aws") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--endpoint-url", endpoint.ToString().TrimEnd('/'), "--region", "us-east-1", "--output", "json" }
                     .Concat(arguments))
            start.ArgumentList.Add(argument);
        start.Environment["AWS_ACCESS_KEY_ID"] = "testing";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "testing";
        start.Environment.Remove("AWS_SESSION_TOKEN");
        start.Environment.Remove("AWS_PROFILE");
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        start.Environment["AWS_PAGER"] = "";
        start.Environment["AWS_MAX_ATTEMPTS"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"aws {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}");
        var text = await stdout;
        return string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
