using EcsGitOps.Aws;
using EcsGitOps.Aws.CodeDeploy;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>One run of the codedeploy strategy: create (or find) the deployment, follow it, stop it with rollback if it
/// fails a hook, times out or is cancelled.</summary>
internal sealed class CodeDeployDeployment(
    CodeDeployClient codeDeploy, CodeDeployStrategyOptions options, TimeProvider time, DeploymentContext context)
{
    private string Group => $"deployment group {options.DeploymentGroup} of {options.Application}";

    public async Task<DeploymentOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var revision = AppSpecRevision.For(options.AppSpec, context.TaskDefinitionArn);
        var group = (await codeDeploy.GetDeploymentGroupAsync(
                new() { ApplicationName = options.Application, DeploymentGroupName = options.DeploymentGroup }, cancellationToken)
            .ConfigureAwait(false)).DeploymentGroupInfo ?? throw new DeploymentFailedException($"CodeDeploy does not describe {Group}.");
        string id;
        if (group.LastAttemptedDeployment is { DeploymentId: { } active, Status: { } status } && !IsEnded(status))
        {
            if (context.Resume == ResumeMode.None)
                throw InProgress($"deployment {active} ({status})");
            id = active;
            Started(id);
            if (context.Resume == ResumeMode.RollBack)
                return await StopAsync(id, "rolled back on request (--resume rollback)").ConfigureAwait(false);
        }
        else
        {
            if (context.Resume == ResumeMode.RollBack)
                return DeploymentOutcome.Failed($"{Group} has no deployment in progress, so there is nothing to roll back");
            id = await CreateAsync(revision, cancellationToken).ConfigureAwait(false);
            Started(id);
        }
        using var deadline = new Deadline(context.Timeout, time, cancellationToken);
        try
        {
            var view = await FollowAsync(id, stopOnFailedHook: true, deadline.Token).ConfigureAwait(false);
            return view.HasEnded
                ? await EndedAsync(view, why: null, stopAccepted: false).ConfigureAwait(false)
                : await StopAsync(id, view.FailedHook!).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.Token.IsCancellationRequested)
        {
            return await StopAsync(id, deadline.Why).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AwsServiceException or DeploymentFailedException)
        {
            return await StopAsync(id, $"following deployment {id} failed ({e.Message})").ConfigureAwait(false);
        }
    }

    private async Task<string> CreateAsync(RevisionLocation revision, CancellationToken cancellationToken)
    {
        try
        {
            var created = await codeDeploy.CreateDeploymentAsync(new()
            {
                ApplicationName = options.Application,
                DeploymentGroupName = options.DeploymentGroup,
                Revision = revision,
                DeploymentConfigName = options.DeploymentConfigName,
                Description = $"EcsGitOps: {context.TaskDefinitionArn[(context.TaskDefinitionArn.LastIndexOf('/') + 1)..]} ({context.ImageDigest})",
            }, cancellationToken).ConfigureAwait(false);
            return created.DeploymentId ?? throw new DeploymentFailedException($"CodeDeploy created a deployment in {Group} without an id.");
        }
        catch (AwsServiceException e) when (e.ErrorCode == "DeploymentLimitExceededException")
        {
            throw InProgress($"a deployment ({e.ServiceMessage})");
        }
    }

    /// <summary>Reads the deployment until it ends (or, when asked, until a lifecycle event fails), reporting each change.</summary>
    private async Task<CodeDeployView> FollowAsync(string id, bool stopOnFailedHook, CancellationToken cancellationToken)
    {
        string? last = null;
        while (true)
        {
            var info = (await codeDeploy.GetDeploymentAsync(new() { DeploymentId = id }, cancellationToken).ConfigureAwait(false))
                .DeploymentInfo ?? throw new DeploymentFailedException($"CodeDeploy does not describe deployment {id}.");
            var target = CodeDeployView.HasTargets(info.Status) ? await TargetAsync(id, cancellationToken).ConfigureAwait(false) : null;
            var view = new CodeDeployView(info, target);
            if (view.Seen != last)
                Emit(new DeploymentProgressed(time.GetUtcNow(), view.Status, view.Detail, view.Weights));
            last = view.Seen;
            if (view.HasEnded || (stopOnFailedHook && view.FailedHook is not null))
                return view;
            await Task.Delay(options.PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ECSTarget?> TargetAsync(string id, CancellationToken cancellationToken)
    {
        var listed = await codeDeploy.ListDeploymentTargetsAsync(new() { DeploymentId = id }, cancellationToken).ConfigureAwait(false);
        if (listed.TargetIds is not [var targetId, ..])
            return null;
        var target = await codeDeploy.GetDeploymentTargetAsync(new() { DeploymentId = id, TargetId = targetId }, cancellationToken)
            .ConfigureAwait(false);
        return target.DeploymentTarget?.EcsTarget;
    }

    /// <summary>How an ended deployment turned out; a rollback deployment CodeDeploy started is followed to its end.</summary>
    private async Task<DeploymentOutcome> EndedAsync(CodeDeployView view, string? why, bool stopAccepted)
    {
        List<string> reasons = why is null ? [] : [why];
        reasons.AddRange(view.Reasons());
        if (view.Status == "Succeeded")
            return DeploymentOutcome.Succeeded([.. reasons, .. Config(view)]);
        if (view.Info.RollbackInfo?.RollbackDeploymentId is { } rollbackId)
            return await RollbackAsync(rollbackId, reasons).ConfigureAwait(false);
        if (stopAccepted && view.Status == "Stopped")
            return DeploymentOutcome.RolledBack([.. reasons, "stopped with automatic rollback: traffic is back on the original task set"]);
        return DeploymentOutcome.Failed([.. reasons,
            $"CodeDeploy started no rollback; turn on automatic rollback on failure for {Group} and check where traffic is"]);
    }

    private async Task<DeploymentOutcome> RollbackAsync(string rollbackId, List<string> reasons)
    {
        using var bound = new Deadline(options.RollbackTimeout, time, CancellationToken.None);
        try
        {
            var rollback = await FollowAsync(rollbackId, stopOnFailedHook: false, bound.Token).ConfigureAwait(false);
            return rollback.Status == "Succeeded"
                ? DeploymentOutcome.RolledBack([.. reasons, $"rollback deployment {rollbackId} succeeded: traffic is back on the original task set"])
                : DeploymentOutcome.Failed([.. reasons, .. rollback.Reasons(), "the rollback did not finish; check where traffic is"]);
        }
        catch (Exception e) when (e is AwsServiceException or DeploymentFailedException or OperationCanceledException)
        {
            var detail = e is OperationCanceledException ? $"had not finished within {DeploymentReport.Duration(bound.Allowed)}" : $"could not be read ({e.Message})";
            return DeploymentOutcome.Failed([.. reasons, $"rollback deployment {rollbackId} {detail}; check it in the CodeDeploy console"]);
        }
    }

    /// <summary>Stops the deployment with automatic rollback and follows it to its end, even after this run was cancelled.</summary>
    private async Task<DeploymentOutcome> StopAsync(string id, string why)
    {
        using var bound = new Deadline(options.RollbackTimeout, time, CancellationToken.None);
        var accepted = true;
        try
        {
            var stopped = await codeDeploy.StopDeploymentAsync(new() { DeploymentId = id, AutoRollbackEnabled = true }, bound.Token)
                .ConfigureAwait(false);
            Emit(new DeploymentProgressed(time.GetUtcNow(), "Stopping", $"{why}; {stopped.StatusMessage ?? stopped.Status}", null));
        }
        catch (AwsServiceException e) when (e.ErrorCode == "DeploymentAlreadyCompletedException")
        {
            accepted = false;
        }
        catch (AwsServiceException e)
        {
            return DeploymentOutcome.Failed(why, $"stopping deployment {id} failed ({e.Message}); stop it with " +
                $"`aws deploy stop-deployment --deployment-id {id} --auto-rollback-enabled`");
        }
        try
        {
            var view = await FollowAsync(id, stopOnFailedHook: false, bound.Token).ConfigureAwait(false);
            return await EndedAsync(view, why, accepted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AwsServiceException or DeploymentFailedException or OperationCanceledException)
        {
            var detail = e is OperationCanceledException ? $"it had not ended within {DeploymentReport.Duration(bound.Allowed)}" : e.Message;
            return DeploymentOutcome.Failed(why, $"CodeDeploy was asked to stop deployment {id} and roll back, but {detail}; " +
                "check it in the CodeDeploy console");
        }
    }

    private IEnumerable<string> Config(CodeDeployView view) =>
        view.Info.DeploymentConfigName is { } name ? [$"deployment config {name}"] : [];

    private RolloutInProgressException InProgress(string what) => new($"{context.Cluster}/{context.Service}", null,
        $"{Group} already has {what} in progress; wait for it to finish, or rerun with --resume to follow it " +
        "or --resume rollback to stop it.");

    private static bool IsEnded(string status) => status is "Succeeded" or "Failed" or "Stopped";

    private void Started(string id) =>
        Emit(new DeploymentStarted(time.GetUtcNow(), $"{context.Cluster}/{context.Service}", id, ColourShift.BlueToGreen));

    private void Emit(RolloutEvent rolloutEvent) => context.Observer.OnEvent(rolloutEvent);
}
