using System.Diagnostics;
using System.Text.Json;

namespace EcsGitOps.Delivery.Tests.Stacks.Fixtures;

/// <summary>The AWS CLI as an independent look at the endpoint, for what the client does not call (ListChangeSets).</summary>
static class AwsCli
{
    public static async Task<JsonElement> RunAsync(Uri endpoint, params string[] arguments)
    {
        var start = new ProcessStartInfo("aws") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--endpoint-url", endpoint.ToString().TrimEnd('/'), "--region", "us-east-1", "--output", "json" }.Concat(arguments))
            start.ArgumentList.Add(argument);
        start.Environment["AWS_ACCESS_KEY_ID"] = "testing";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "testing";
        start.Environment.Remove("AWS_SESSION_TOKEN");
        start.Environment.Remove("AWS_PROFILE");
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"aws {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}");
        return JsonDocument.Parse(await stdout).RootElement.Clone();
    }

    /// <summary>The stack's change sets not executed; moto lists every stack's, executed ones included, whatever the stack name.</summary>
    public static async Task<IReadOnlyList<string>> PendingChangeSetsAsync(Uri endpoint, string stackName)
    {
        var listed = await RunAsync(endpoint, "cloudformation", "list-change-sets", "--stack-name", stackName);
        return listed.GetProperty("Summaries").EnumerateArray()
            .Where(s => s.GetProperty("StackName").GetString() == stackName && s.GetProperty("ExecutionStatus").GetString() != "EXECUTE_COMPLETE")
            .Select(s => s.GetProperty("ChangeSetName").GetString()!)
            .ToList();
    }
}
