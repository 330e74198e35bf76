namespace EcsGitOps.Delivery.Traffic.Rollouts;

internal enum ResumeAction
{
    Start,
    Continue,
    RollBackRecorded,
    AlreadySucceeded,
    NothingToRollBack,
    RefuseInterrupted,
    RefuseOtherDeployment,
}
