using System.Diagnostics;
using System.Globalization;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Analysis;

/// <summary>
/// Runs a shell command; exit code 0 passes. Its output goes to the log line by line. The command sees the rollout
/// through ECSGITOPS_SERVICE, ECSGITOPS_DEPLOYMENT_ID, ECSGITOPS_STEP, ECSGITOPS_CANARY_COLOUR and ECSGITOPS_CANARY_WEIGHT.
/// </summary>
public sealed class CommandCheck(CommandCheckOptions options, TimeProvider? timeProvider = null) : IAnalysisCheck
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public string Name => options.Name;

    public bool RunsAt(AnalysisContext context) => options.AtWeights?.Contains(context.CanaryWeight) ?? true;

    public async Task<CheckResult> RunAsync(AnalysisContext context, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = StartInfo(context), EnableRaisingEvents = true };
        var output = new CommandOutput(Name, context.Log);
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return CheckResult.Fail(Name, $"could not start the command: {e.Message}");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(options.Timeout, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await process.WaitForExitAsync(either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            return CheckResult.Fail(Name, $"timed out after {Describe(options.Timeout)} and was stopped");
        }

        return process.ExitCode == 0
            ? CheckResult.Pass(Name, "exited with code 0")
            : CheckResult.Fail(Name, $"exited with code {process.ExitCode}{output.LastLineSuffix}");
    }

    private ProcessStartInfo StartInfo(AnalysisContext context)
    {
        var info = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/c", options.Command } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", options.Command } };
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = false;
        info.UseShellExecute = false;
        info.WorkingDirectory = options.WorkingDirectory ?? "";
        info.Environment["ECSGITOPS_SERVICE"] = context.Service;
        info.Environment["ECSGITOPS_DEPLOYMENT_ID"] = context.DeploymentId;
        info.Environment["ECSGITOPS_STEP"] = context.StepNumber.ToString(CultureInfo.InvariantCulture);
        info.Environment["ECSGITOPS_CANARY_COLOUR"] = context.Colours.To.Name();
        info.Environment["ECSGITOPS_CANARY_WEIGHT"] = context.CanaryWeight.ToString(CultureInfo.InvariantCulture);
        return info;
    }

    private static string Describe(TimeSpan span) =>
        span.TotalSeconds < 1 ? $"{span.TotalMilliseconds:0}ms" : $"{span.TotalSeconds:0.#}s";
}
