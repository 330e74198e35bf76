using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Rollouts;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>One run of the task-set strategy, holding the service's rollout record from start to end.</summary>
internal sealed class TaskSetDeployment(
    EcsClient ecs, TaskSetStrategyOptions options, TimeProvider time, DeploymentContext context, HeldLeaseStore store,
    ResumeAction action)
{
    private readonly ServiceTaskSets _taskSets = new(ecs, context.Cluster, context.Service);

    private string Key => _taskSets.Name;

    private string Target => context.TaskDefinitionArn;

    public async Task<DeploymentOutcome> RunAsync(CancellationToken cancellationToken)
    {
        await _taskSets.EnsureExternalAsync(cancellationToken).ConfigureAwait(false);
        var taskSets = await _taskSets.ListAsync(cancellationToken).ConfigureAwait(false);
        var primary = taskSets.FirstOrDefault(taskSet => taskSet.Status == ServiceTaskSets.Primary);
        if (action is ResumeAction.RollBackRecorded or ResumeAction.NothingToRollBack)
            return await new TaskSetRollback(_taskSets, options, time, context, store).RunAsync(taskSets, primary, cancellationToken)
                .ConfigureAwait(false);
        if (primary is null)
            return await FirstAsync(taskSets, cancellationToken).ConfigureAwait(false);
        var serving = TaskSetColour.Of(primary) ?? throw new DeploymentFailedException(
            $"The primary task set {primary.Id} of {Key} has no colour; give it the external id blue or green, " +
            $"or tag it {TaskSetColour.TagKey}=blue.");
        if (primary.TaskDefinition == Target)
        {
            // A promotion interrupted after the switch: the record says what to finish.
            if (action == ResumeAction.Continue && store.Recorded is { } recorded)
                return await RollOutAsync(primary, recorded.Colours, cancellationToken).ConfigureAwait(false);
            await RemoveLeftoversAsync(taskSets, keep: primary, serving, cancellationToken).ConfigureAwait(false);
            return DeploymentOutcome.AlreadyDeployed($"{Target} runs on the {TaskSetColour.Describe(primary)} of {Key}");
        }
        if (action == ResumeAction.AlreadySucceeded)
            throw new DeploymentFailedException(
                $"{Target} is recorded as promoted on {Key}, but its primary task set runs {primary.TaskDefinition}; " +
                "rerun RenderTaskDef to register a new revision and deploy that.");
        var shift = new ColourShift(serving, serving.Other());
        var fresh = await PrepareAsync(taskSets, primary, shift.To, cancellationToken).ConfigureAwait(false);
        return await RollOutAsync(fresh, shift, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DeploymentOutcome> RollOutAsync(TaskSet fresh, ColourShift shift, CancellationToken cancellationToken)
    {
        Emit(new DeploymentStarted(Now, Key, fresh.Id ?? fresh.TaskSetArn!, shift));
        using var deadline = new Deadline(context.Timeout, time, cancellationToken);
        var starting = new TaskSetStart(ecs, _taskSets, options.PollInterval, time, context.Observer, options.TaskHealth);
        if (await starting.WaitSteadyAsync(fresh, deadline).ConfigureAwait(false) is { } notSteady)
            return DeploymentOutcome.Failed([.. notSteady, await UndoAsync(fresh, shift.From).ConfigureAwait(false)]);
        var promotion = new TaskSetPromotion(_taskSets, fresh, options.DrainTime, time, context.Observer);
        var request = new RolloutRequest(Key, Target, context.Owner, shift, options.Rollout, options.Checks, options.Gates,
            context.Resume, promotion);
        var result = await new RolloutLoop(options.Router, store, time, context.Observer).RunAsync(request, deadline.Token)
            .ConfigureAwait(false);
        List<string> reasons = deadline.Token.IsCancellationRequested ? [deadline.Why, result.Reason] : [result.Reason];
        reasons.AddRange(promotion.Warnings);
        // Only once traffic is confirmed back on the old colour may the new task set go; a failed rollback keeps it.
        if (result.Phase == RolloutPhase.RolledBack)
            reasons.Add(await UndoAsync(fresh, shift.From).ConfigureAwait(false));
        return result.ToOutcome() with { Reasons = reasons };
    }

    private async Task<DeploymentOutcome> FirstAsync(IReadOnlyList<TaskSet> taskSets, CancellationToken cancellationToken)
    {
        var reusable = taskSets.FirstOrDefault(taskSet => taskSet.TaskDefinition == Target && TaskSetColour.Of(taskSet) is not null);
        var colour = reusable is null ? Colour.Blue : TaskSetColour.Of(reusable)!.Value;
        await RemoveLeftoversAsync(taskSets, reusable, colour, cancellationToken).ConfigureAwait(false);
        var fresh = reusable ?? await CreateAsync(null, colour, cancellationToken).ConfigureAwait(false);
        Emit(new DeploymentStarted(Now, Key, fresh.Id ?? fresh.TaskSetArn!, null));
        using var deadline = new Deadline(context.Timeout, time, cancellationToken);
        var starting = new TaskSetStart(ecs, _taskSets, options.PollInterval, time, context.Observer, options.TaskHealth);
        if (await starting.WaitSteadyAsync(fresh, deadline).ConfigureAwait(false) is { } notSteady)
            return DeploymentOutcome.Failed([.. notSteady, await UndoAsync(fresh, colour.Other()).ConfigureAwait(false)]);
        await _taskSets.MakePrimaryAsync(fresh, cancellationToken).ConfigureAwait(false);
        var weights = TrafficWeights.AllOn(colour);
        await options.Router.SetWeightsAsync(weights, cancellationToken).ConfigureAwait(false);
        Emit(new DeploymentProgressed(Now, ServiceTaskSets.Primary, $"the {TaskSetColour.Describe(fresh)} is primary", weights));
        return DeploymentOutcome.Succeeded(
            $"first deployment of {Key}: the {TaskSetColour.Describe(fresh)} runs {Target} and takes all traffic on {options.Router.Name}");
    }

    /// <summary>Continues with the new colour's task set an interrupted run left, or creates one; removes any other leftover.</summary>
    private async Task<TaskSet> PrepareAsync(
        IReadOnlyList<TaskSet> taskSets, TaskSet primary, Colour colour, CancellationToken cancellationToken)
    {
        var reusable = taskSets.FirstOrDefault(taskSet =>
            taskSet != primary && taskSet.TaskDefinition == Target && TaskSetColour.Of(taskSet) == colour);
        await RemoveLeftoversAsync(taskSets, reusable ?? primary, colour.Other(), cancellationToken).ConfigureAwait(false);
        if (reusable is null)
            return await CreateAsync(primary, colour, cancellationToken).ConfigureAwait(false);
        Emit(new DeploymentProgressed(Now, "RESUMED", $"continuing with the {TaskSetColour.Describe(reusable)} an earlier run left", null));
        return reusable;
    }

    private async Task RemoveLeftoversAsync(
        IReadOnlyList<TaskSet> taskSets, TaskSet? keep, Colour serving, CancellationToken cancellationToken)
    {
        foreach (var leftover in taskSets.Where(taskSet => taskSet != keep && taskSet.Status != ServiceTaskSets.Primary))
        {
            // A leftover may still carry traffic if a run was killed mid-shift; the serving colour takes it back first.
            if (TaskSetColour.Of(leftover) is { } colour && colour != serving
                && (await options.Router.GetWeightsAsync(cancellationToken).ConfigureAwait(false)).Of(colour) > 0)
            {
                var weights = TrafficWeights.AllOn(serving);
                await options.Router.SetWeightsAsync(weights, cancellationToken).ConfigureAwait(false);
                Emit(new DeploymentProgressed(Now, "TRAFFIC_RESET", $"all traffic back on {serving.Name()} before removing a leftover", weights));
            }
            await _taskSets.RemoveAsync(leftover, cancellationToken).ConfigureAwait(false);
            Emit(new DeploymentProgressed(Now, "DELETED",
                $"removed the {TaskSetColour.Describe(leftover)} ({leftover.TaskDefinition}) an earlier run left", null));
        }
    }

    private Task<TaskSet> CreateAsync(TaskSet? primary, Colour colour, CancellationToken cancellationToken)
    {
        var targets = options.TargetsOf(colour);
        var providers = options.CapacityProviderStrategy ?? (primary?.CapacityProviderStrategy is { Count: > 0 } used ? used : null);
        var launchType = providers is null ? options.LaunchType ?? primary?.LaunchType : null;
        return _taskSets.CreateAsync(new CreateTaskSetRequest
        {
            Cluster = context.Cluster,
            Service = context.Service,
            TaskDefinition = Target,
            ExternalId = colour.Name(),
            LoadBalancers = targets.LoadBalancers.Count > 0 ? targets.LoadBalancers : null,
            ServiceRegistries = targets.ServiceRegistries.Count > 0 ? targets.ServiceRegistries : null,
            NetworkConfiguration = options.NetworkConfiguration ?? primary?.NetworkConfiguration,
            CapacityProviderStrategy = providers,
            LaunchType = launchType,
            PlatformVersion = providers is not null || launchType == "FARGATE" ? options.PlatformVersion ?? primary?.PlatformVersion : null,
            Scale = new Scale { Value = 100, Unit = "PERCENT" },
            Tags = TaskSetColour.Tags(colour),
        }, cancellationToken);
    }

    /// <summary>Puts the stable task set back as primary if needed and deletes the new one, even after cancellation.</summary>
    private async Task<string> UndoAsync(TaskSet fresh, Colour stable)
    {
        using var bound = new Deadline(options.Rollout.RollbackTimeout, time, CancellationToken.None);
        try
        {
            var taskSets = await _taskSets.ListAsync(bound.Token).ConfigureAwait(false);
            if (taskSets.FirstOrDefault(taskSet => taskSet.TaskSetArn != fresh.TaskSetArn && TaskSetColour.Of(taskSet) == stable) is
                { Status: not ServiceTaskSets.Primary } old)
                await _taskSets.MakePrimaryAsync(old, bound.Token).ConfigureAwait(false);
            await _taskSets.RemoveAsync(fresh, bound.Token).ConfigureAwait(false);
            Emit(new DeploymentProgressed(Now, "DELETED", $"removed the {TaskSetColour.Describe(fresh)}", null));
            return $"the {TaskSetColour.Describe(fresh)} was deleted";
        }
        catch (Exception e) when (e is AwsServiceException or OperationCanceledException)
        {
            return $"the {TaskSetColour.Describe(fresh)} could not be deleted ({e.Message}); the next deployment of {Key} removes it";
        }
    }

    private void Emit(RolloutEvent rolloutEvent) => context.Observer.OnEvent(rolloutEvent);

    private DateTimeOffset Now => time.GetUtcNow();
}
