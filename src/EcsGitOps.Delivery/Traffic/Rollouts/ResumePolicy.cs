using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Traffic.Rollouts;

/// <summary>The table behind <see cref="ResumeMode"/>: what a run does given what is recorded for its service.</summary>
internal static class ResumePolicy
{
    public static ResumeAction Decide(RolloutState? recorded, string deploymentId, ResumeMode mode) => (recorded, mode) switch
    {
        ({ Phase: RolloutPhase.Succeeded }, _) when recorded.DeploymentId == deploymentId => ResumeAction.AlreadySucceeded,
        (null or { IsActive: false }, ResumeMode.RollBack) => ResumeAction.NothingToRollBack,
        (null or { IsActive: false }, _) => ResumeAction.Start,
        (_, ResumeMode.None) => ResumeAction.RefuseInterrupted,
        (_, ResumeMode.RollBack) => ResumeAction.RollBackRecorded,
        _ when recorded.DeploymentId == deploymentId => ResumeAction.Continue,
        _ => ResumeAction.RefuseOtherDeployment,
    };
}
