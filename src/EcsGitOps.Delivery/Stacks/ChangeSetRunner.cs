using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudFormation;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>Creates a stack's change set, waits for CloudFormation to compute it, and reads, executes or deletes it.</summary>
internal sealed class ChangeSetRunner(StackWatch watch, string name)
{
    // After creation the ARN names the change set: a bare name is only unique per stack, and some endpoints (moto)
    // look a bare name up across all stacks.
    string? arn;

    public string Name => name;

    /// <param name="kept">Parameters sent as UsePreviousValue: the stack's KeepOnUpdate ones, on an UPDATE.</param>
    /// <returns>Null when the stack is already as the spec describes: nothing to change.</returns>
    public async Task<ChangeSetSummary?> CreateAsync(StackSpec spec, string type, IReadOnlySet<string> kept, CancellationToken ct)
    {
        try
        {
            var created = await watch.CloudFormation.CreateChangeSetAsync(Request(spec, type, kept), ct);
            arn = created.Id;
        }
        // CloudFormation reports "no changes" as a FAILED change set; some endpoints (moto) refuse the request instead.
        catch (AwsServiceException e) when (e.ErrorCode == "ValidationError" && IsNoChanges(e.ServiceMessage))
        {
            return null;
        }
        catch (AwsServiceException e)
        {
            throw StackFailures.Call(spec.StackName, $"creating change set {name}", e, "Fix the template or its parameters");
        }

        var described = await WaitUntilComputedAsync(ct);
        if (described.Status == "FAILED")
        {
            await DeleteAsync(ct);
            return IsNoChanges(described.StatusReason) ? null : throw StackFailures.ChangeSet(spec.StackName, name, described.StatusReason);
        }
        var rows = new List<ChangeSetRow>();
        await foreach (var change in watch.CloudFormation.ListAllChangesAsync(Describe(), ct))
            if (change.ResourceChange is { } resource)
                rows.Add(new ChangeSetRow(resource.Action ?? "", resource.LogicalResourceId ?? "", resource.ResourceType ?? "", resource.Replacement ?? ""));
        return new ChangeSetSummary(name, type, rows);
    }

    public Task ExecuteAsync(CancellationToken ct) =>
        watch.CloudFormation.ExecuteChangeSetAsync(new ExecuteChangeSetRequest { ChangeSetName = arn ?? name, StackName = watch.StackName }, ct);

    public Task DeleteAsync(CancellationToken ct) =>
        watch.CloudFormation.DeleteChangeSetAsync(new DeleteChangeSetRequest { ChangeSetName = arn ?? name, StackName = watch.StackName }, ct);

    async Task<DescribeChangeSetResponse> WaitUntilComputedAsync(CancellationToken ct)
    {
        while (true)
        {
            var described = await watch.CloudFormation.DescribeChangeSetAsync(Describe(), ct);
            if (described.Status is "CREATE_COMPLETE" or "FAILED")
                return described;
            await watch.PauseAsync($"computing change set {name} ({described.Status})", ct);
        }
    }

    DescribeChangeSetRequest Describe() => new() { ChangeSetName = arn ?? name, StackName = watch.StackName };

    CreateChangeSetRequest Request(StackSpec spec, string type, IReadOnlySet<string> kept) => new()
    {
        StackName = spec.StackName,
        ChangeSetName = name,
        ChangeSetType = type,
        TemplateBody = spec.TemplateBody,
        Parameters = Parameters(spec, kept) is { Count: > 0 } parameters ? parameters : null,
        Capabilities = spec.Capabilities.Count == 0 ? null : spec.Capabilities,
        Tags = spec.Tags.Count == 0 ? null : spec.Tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
    };

    // A parameter left out of an update falls back to its default, so a kept one is always sent, without a value.
    static List<Parameter> Parameters(StackSpec spec, IReadOnlySet<string> kept) =>
    [
        .. spec.Parameters.Where(p => !kept.Contains(p.Key)).Select(p => new Parameter { ParameterKey = p.Key, ParameterValue = p.Value }),
        .. kept.Order(StringComparer.Ordinal).Select(key => new Parameter { ParameterKey = key, UsePreviousValue = true }),
    ];

    static bool IsNoChanges(string? reason) =>
        reason is not null &&
        (reason.Contains("didn't contain changes", StringComparison.OrdinalIgnoreCase) ||
         reason.Contains("No updates are to be performed", StringComparison.OrdinalIgnoreCase));
}
