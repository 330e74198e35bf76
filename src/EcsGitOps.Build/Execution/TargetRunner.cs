using EcsGitOps.Build.Caching;
using EcsGitOps.Build.Definition;
using EcsGitOps.Build.Output;

namespace EcsGitOps.Build.Execution;

/// <summary>Runs one target: dynamic conditions, the cache, its actions; a thrown exception is its failure note.</summary>
internal sealed class TargetRunner(BuildLog log, BuildOutput output, TargetCache? cache, TimeProvider time, bool buffered)
{
    public async Task<TargetResult> RunAsync(TargetSpec target, CancellationToken cancellation)
    {
        var run = new TargetRun(target.Name, output, buffered);
        log.Current = run;
        var started = time.GetTimestamp();
        TargetResult Result(TargetStatus status, string? reason = null) => new(target.Name, status, time.GetElapsedTime(started), reason, run.Notes);
        TargetResult result;
        try
        {
            result = await ExecuteAsync(target, run, cancellation, Result);
        }
        catch (Exception) when (cancellation.IsCancellationRequested)
        {
            run.Write(LogLevel.Error, $"{target.Name} was cancelled.");
            result = Result(TargetStatus.Cancelled);
        }
        catch (Exception e)
        {
            var message = e.Message.Split('\n')[0].Trim();
            run.Write(LogLevel.Error, message);
            run.Write(LogLevel.Debug, e.ToString());
            result = Result(TargetStatus.Failed, message);
        }
        run.Finish(output.GitHubActions && result.Status == TargetStatus.Failed ? GitHubActions.Error(target.Name, output.Redactor.Redact(result.Reason!)) : null);
        return result;
    }

    async Task<TargetResult> ExecuteAsync(TargetSpec target, TargetRun run, CancellationToken cancellation, Func<TargetStatus, string?, TargetResult> result)
    {
        if (target.DynamicConditions.FirstOrDefault(c => !c.Evaluate()) is { } condition)
            return result(TargetStatus.Skipped, condition.Text);
        var entry = cache is not null && target.Cacheable ? Current(cache, target, run) : null;
        if (entry is not null && cache!.IsUpToDate(target, entry) && OutputsStillValid(target, run))
            return result(TargetStatus.UpToDate, null);
        foreach (var action in target.Actions)
        {
            cancellation.ThrowIfCancellationRequested();
            await action(cancellation);
        }
        if (entry is not null) cache!.Save(target, entry);
        return result(TargetStatus.Succeeded, null);
    }

    /// <summary>A check that fails or throws runs the target again, saying which one.</summary>
    static bool OutputsStillValid(TargetSpec target, TargetRun run)
    {
        foreach (var check in target.OutputChecks)
        {
            string? failure;
            try
            {
                failure = check.Evaluate() ? null : "is false";
            }
            catch (Exception e)
            {
                failure = $"failed ({e.Message.Split('\n')[0].Trim()})";
            }
            if (failure is null) continue;
            run.Write(LogLevel.Information, $"Outputs of {target.Name} no longer valid: {check.Text} {failure}; running it again.");
            return false;
        }
        return true;
    }

    /// <summary>An input value that cannot be read does not fail the target: it runs, and its result is not cached.</summary>
    static CacheEntry? Current(TargetCache cache, TargetSpec target, TargetRun run)
    {
        try
        {
            return cache.Current(target);
        }
        catch (InputValueException e)
        {
            run.Write(LogLevel.Warning, e.Message);
            run.Write(LogLevel.Debug, e.InnerException!.ToString());
            return null;
        }
    }
}
