using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudFormation;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>One stack's view of CloudFormation during a deployment: its description, its clock and its deadline.</summary>
internal sealed class StackWatch(CloudFormationClient cloudFormation, string stackName, DeployInfraOptions options, TimeProvider time, IStackProgress progress)
{
    readonly DateTimeOffset deadline = time.GetUtcNow() + options.Timeout;

    public string StackName => stackName;

    public CloudFormationClient CloudFormation => cloudFormation;

    public IStackProgress Progress => progress;

    public void Note(string message) => progress.Note(stackName, message);

    /// <returns>Null when no stack of that name exists.</returns>
    public async Task<Stack?> DescribeAsync(CancellationToken ct)
    {
        try
        {
            var response = await cloudFormation.DescribeStacksAsync(new DescribeStacksRequest { StackName = stackName }, ct);
            return response.Stacks?.FirstOrDefault();
        }
        catch (AwsServiceException e) when (IsMissingStack(e))
        {
            return null;
        }
    }

    public static bool IsMissingStack(AwsServiceException e) =>
        e.ErrorCode == "ValidationError" && e.ServiceMessage.Contains("does not exist", StringComparison.OrdinalIgnoreCase);

    /// <param name="state">What the stack is doing, for the message if the deadline has passed.</param>
    public async Task PauseAsync(string state, CancellationToken ct)
    {
        if (time.GetUtcNow() >= deadline)
            throw new StackDeployException(stackName, null, [],
                $"Stack {stackName} is still {state} after {Describe(options.Timeout)}, the DeployInfra timeout: CloudFormation carries on; " +
                "wait for it to finish (or raise the timeout), then run DeployInfra again.");
        await Task.Delay(options.PollInterval, time, ct);
    }

    /// <summary>Polls until the stack is in no *_IN_PROGRESS state (or gone), printing its events meanwhile.</summary>
    public async Task<Stack?> WaitWhileInProgressAsync(StackEventFollower events, CancellationToken ct)
    {
        while (true)
        {
            var stack = await DescribeAsync(ct);
            await events.PollAsync(ct);
            if (!StackStatuses.IsInProgress(stack?.StackStatus) || stack!.StackStatus == StackStatuses.ReviewInProgress)
                return stack;
            await PauseAsync(stack.StackStatus!, ct);
        }
    }

    /// <summary>
    /// Polls until the operation begun on <paramref name="events"/> has ended, or the stack is gone. The status alone
    /// is not enough: just after a call CloudFormation may still report the state from before it.
    /// </summary>
    public async Task<Stack?> WaitForOperationAsync(StackEventFollower events, CancellationToken ct)
    {
        while (true)
        {
            await events.PollAsync(ct);
            var stack = await DescribeAsync(ct);
            if (stack is null || events.SettledStatus is not null && StackStatuses.IsSettled(stack.StackStatus))
                return stack;
            await PauseAsync(stack.StackStatus ?? "changing", ct);
        }
    }

    static string Describe(TimeSpan span) =>
        span.TotalMinutes >= 1 && span.Seconds == 0 ? $"{span.TotalMinutes:0.#} min" : $"{span.TotalSeconds:0.###} s";
}
