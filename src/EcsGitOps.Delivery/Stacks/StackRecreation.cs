using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudFormation;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>
/// One stack in Recreate mode: created when missing, left alone when its template and parameters are as deployed,
/// otherwise deleted and created again. <see cref="PlanAsync"/> only reads (after repairing a stack it cannot use);
/// <see cref="DeleteAsync"/> and <see cref="CreateAsync"/> write.
/// </summary>
internal sealed class StackRecreation(StackWatch watch, StackSpec spec, DeployInfraOptions options, TimeProvider time)
{
    readonly long started = time.GetTimestamp();
    Stack? existing;
    IReadOnlyDictionary<string, string> parameters = spec.Parameters;

    public StackSpec Spec => spec;

    public RecreateStep Step { get; private set; }

    /// <summary>Its exports will hold new values: the stack is created, or created again.</summary>
    public bool Renews => Step is not RecreateStep.UpToDate;

    /// <summary>Plans, then deletes and creates as planned; a dry run stops after the plan.</summary>
    public async Task<StackDeployResult> RunAsync(CancellationToken ct)
    {
        await PlanAsync(new HashSet<string>(), ct);
        if (options.DryRun)
            return Planned();
        await DeleteAsync(ct);
        return await CreateAsync(ct);
    }

    /// <param name="renewedExports">Exports of stacks created or created again in this run, before this one.</param>
    public async Task PlanAsync(IReadOnlySet<string> renewedExports, CancellationToken ct)
    {
        var prepared = await new StackRecovery(watch, options.DryRun).PrepareAsync(ct);
        existing = prepared.Existing;
        if (!prepared.Deployable)
        {
            // A dry run of a stack that needs repair first: the recovery said what it would do, and it ends in a new stack.
            Step = RecreateStep.Replace;
            return;
        }
        if (StackStatuses.NeedsCreate(existing))
        {
            Step = RecreateStep.Create;
            watch.Note(options.DryRun ? "dry run: would create it" : "creating it");
            return;
        }
        parameters = StackParameters.Effective(spec, existing!);
        var reason = await ReasonToReplaceAsync(renewedExports, ct);
        Step = reason is null ? RecreateStep.UpToDate : RecreateStep.Replace;
        watch.Note(reason is null ? "no changes: up to date"
            : options.DryRun ? $"dry run: would replace it ({reason}): the local cloud cannot update a stack in place"
            : $"replacing ({reason}): the local cloud cannot update a stack in place");
    }

    // A stack importing a renewed export is replaced too: CloudFormation resolved its imports when it was created,
    // so it would keep the old values.
    async Task<string?> ReasonToReplaceAsync(IReadOnlySet<string> renewedExports, CancellationToken ct)
    {
        var deployed = await watch.CloudFormation.GetTemplateAsync(new GetTemplateRequest { StackName = spec.StackName }, ct);
        if (deployed.TemplateBody?.ReplaceLineEndings("\n") != spec.TemplateBody.ReplaceLineEndings("\n"))
            return "template changed";
        if (StackParameters.Changed(parameters, existing!) is [_, ..] changed)
            return $"parameter{(changed.Count == 1 ? "" : "s")} {string.Join(", ", changed)} changed";
        return spec.Imports.FirstOrDefault(renewedExports.Contains) is { } import
            ? $"it imports {import}, which a stack created again in this run exports"
            : null;
    }

    /// <summary>Deletes the stack if it is to be replaced, or if it is an empty shell (REVIEW_IN_PROGRESS) in the way of CreateStack.</summary>
    public async Task DeleteAsync(CancellationToken ct)
    {
        if (Step is RecreateStep.UpToDate || existing?.StackStatus is null or StackStatuses.DeleteComplete)
            return;
        var events = await FollowAsync(ct);
        await watch.CloudFormation.DeleteStackAsync(new DeleteStackRequest { StackName = spec.StackName }, ct);
        var stack = await watch.WaitForOperationAsync(events, ct);
        if (stack is not null && stack.StackStatus != StackStatuses.DeleteComplete)
            throw StackFailures.Failed(spec.StackName, stack.StackStatus, stack.StackStatusReason, events.FailedResources());
    }

    /// <summary>Creates the stack as planned (after <see cref="DeleteAsync"/>); an up-to-date stack is only reported.</summary>
    public async Task<StackDeployResult> CreateAsync(CancellationToken ct)
    {
        if (Step is RecreateStep.UpToDate)
            return Result(StackAction.UpToDate, existing, changes: 0);
        var events = await FollowAsync(ct);
        try
        {
            await watch.CloudFormation.CreateStackAsync(Request(), ct);
        }
        catch (AwsServiceException e)
        {
            await RemoveRefusedAsync(ct);
            throw StackFailures.Call(spec.StackName, "creating the stack", e, "Deploy what it needs first, or fix the template");
        }
        var stack = await watch.WaitForOperationAsync(events, ct);
        if (stack is null || !StackStatuses.IsDeployed(stack.StackStatus))
            throw StackFailures.Failed(spec.StackName, stack?.StackStatus, stack?.StackStatusReason, events.FailedResources());
        return Result(Step is RecreateStep.Create ? StackAction.Created : StackAction.Updated, stack, ResourceCount());
    }

    // Moto keeps a stack whose CreateStack it refused (a missing import), CREATE_IN_PROGRESS for ever and failing
    // DescribeStacks; the next run would stop on it. Any stack of this name now is that one, as the old one was deleted
    // first; CloudFormation, which makes none, answers a DeleteStack of a missing stack with success.
    async Task RemoveRefusedAsync(CancellationToken ct)
    {
        try
        {
            await watch.CloudFormation.DeleteStackAsync(new DeleteStackRequest { StackName = spec.StackName }, ct);
            while (await watch.DescribeAsync(ct) is { StackStatus: not StackStatuses.DeleteComplete } stack)
                await watch.PauseAsync(stack.StackStatus ?? "being deleted", ct);
        }
        catch (AwsServiceException)
        {
            // The refusal is what the user must see; a stack left behind is reported by the next run.
        }
    }

    /// <summary>What a dry run reports: the stack as found, and how many resources it would be created with.</summary>
    public StackDeployResult Planned() => Step is RecreateStep.UpToDate
        ? Result(StackAction.UpToDate, existing, changes: 0)
        : Result(StackAction.DryRun, existing, ResourceCount());

    async Task<StackEventFollower> FollowAsync(CancellationToken ct)
    {
        var events = new StackEventFollower(watch.CloudFormation, spec.StackName, watch.Progress);
        await events.StartAsync(ct);
        events.BeginOperation();
        return events;
    }

    CreateStackRequest Request() => new()
    {
        StackName = spec.StackName,
        TemplateBody = spec.TemplateBody,
        Parameters = parameters.Count == 0 ? null
            : parameters.Select(p => new Parameter { ParameterKey = p.Key, ParameterValue = p.Value }).ToList(),
        Capabilities = spec.Capabilities.Count == 0 ? null : spec.Capabilities,
        Tags = spec.Tags.Count == 0 ? null : spec.Tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
    };

    // No change set lists the resources here: a created stack's count is what its template declares.
    int ResourceCount()
    {
        try
        {
            return StackGraphTemplate.Parse(spec.TemplateBody, spec.StackName).Resources.Count;
        }
        catch (StackGraphException)
        {
            return 0;
        }
    }

    StackDeployResult Result(StackAction action, Stack? stack, int changes) =>
        StackDeployResult.Of(spec.StackName, action, stack, changes, time.GetElapsedTime(started));
}
