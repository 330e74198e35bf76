namespace EcsGitOps.Delivery.Traffic.Rollouts;

/// <summary>
/// What a run does when the service's recorded rollout did not finish (its process was killed):
/// <list type="bullet">
/// <item><see cref="None"/> (no <c>--resume</c>): refuse and name the owner; a rollout of the same service cannot
/// start while one is recorded as in progress.</item>
/// <item><see cref="Continue"/> (<c>--resume</c>): same deployment id: carry on from the recorded step with the recorded
/// plan, colours and failed-check count (the step's weights are set again and its interval starts over); a recorded
/// rollback or promotion is finished. Another deployment id: refuse, and point at <c>--resume rollback</c>.</item>
/// <item><see cref="RollBack"/> (<c>--resume rollback</c>): send all traffic back to the recorded stable colour.</item>
/// </list>
/// In every mode, a deployment already promoted is not shifted again, and a rollout whose process is still running
/// is never taken over.
/// </summary>
public enum ResumeMode
{
    None,
    Continue,
    RollBack,
}
