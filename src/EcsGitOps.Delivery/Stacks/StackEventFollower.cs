using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudFormation;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>
/// Prints a stack's new events once each, oldest first. "New" is measured against the newest event that existed at
/// <see cref="StartAsync"/>, in the service's own timestamps, so a skewed local clock cannot hide or repeat events.
/// </summary>
internal sealed class StackEventFollower(CloudFormationClient cloudFormation, string stackName, IStackProgress progress)
{
    readonly HashSet<string> seen = new(StringComparer.Ordinal);
    readonly List<StackEvent> events = [];
    DateTimeOffset since = DateTimeOffset.MinValue;

    /// <summary>The events seen since the start, oldest first.</summary>
    public IReadOnlyList<StackEvent> Events => events;

    /// <summary>The stack-level status, not *_IN_PROGRESS, that ended the operation begun at <see cref="BeginOperation"/>.</summary>
    public string? SettledStatus { get; private set; }

    /// <summary>Call before starting an operation (execute, delete, continue rollback) whose end <see cref="SettledStatus"/> tells.</summary>
    public void BeginOperation() => SettledStatus = null;

    public async Task StartAsync(CancellationToken ct)
    {
        var page = await PageAsync(null, ct);
        foreach (var e in page?.StackEvents ?? [])
        {
            seen.Add(e.EventId ?? "");
            if (e.Timestamp > since)
                since = e.Timestamp.Value;
        }
    }

    public async Task PollAsync(CancellationToken ct)
    {
        var fresh = new List<StackEvent>();
        string? token = null;
        do
        {
            var page = await PageAsync(token, ct);
            var known = false;
            // Newest first: the first known or older event means the rest of the history was printed already.
            foreach (var e in page?.StackEvents ?? [])
            {
                if (seen.Contains(e.EventId ?? "") || e.Timestamp < since)
                {
                    known = true;
                    break;
                }
                fresh.Add(e);
            }
            token = known ? null : page?.NextToken;
        }
        while (token is not null);

        fresh.Reverse();
        foreach (var e in fresh.Where(e => seen.Add(e.EventId ?? "")))
        {
            events.Add(e);
            if (StackStatuses.IsStackLevel(e, stackName) && StackStatuses.IsSettled(e.ResourceStatus))
                SettledStatus = e.ResourceStatus;
            progress.Event(stackName, new StackEventLine(
                e.Timestamp ?? DateTimeOffset.MinValue, e.LogicalResourceId ?? "", e.ResourceType ?? "", e.ResourceStatus ?? "", e.ResourceStatusReason));
        }
    }

    /// <summary>Resources whose status ends in _FAILED with a reason, oldest first; the stack's own events only when no resource failed.</summary>
    public IReadOnlyList<FailedResource> FailedResources()
    {
        var failed = events
            .Where(e => e.ResourceStatus?.EndsWith("_FAILED", StringComparison.Ordinal) == true && !string.IsNullOrWhiteSpace(e.ResourceStatusReason))
            .ToList();
        var resources = failed.Where(e => !StackStatuses.IsStackLevel(e, stackName)).ToList();
        return (resources.Count > 0 ? resources : failed)
            .Select(e => new FailedResource(e.Timestamp ?? DateTimeOffset.MinValue, e.LogicalResourceId ?? "", e.ResourceType ?? "", e.ResourceStatus!, e.ResourceStatusReason!))
            .ToList();
    }

    async Task<DescribeStackEventsResponse?> PageAsync(string? token, CancellationToken ct)
    {
        try
        {
            return await cloudFormation.DescribeStackEventsAsync(new DescribeStackEventsRequest { StackName = stackName, NextToken = token }, ct);
        }
        catch (AwsServiceException e) when (StackWatch.IsMissingStack(e))
        {
            return null;
        }
    }
}
