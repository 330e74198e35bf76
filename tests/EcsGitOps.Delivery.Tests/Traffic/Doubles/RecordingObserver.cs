using EcsGitOps.Delivery.Traffic.Events;

namespace EcsGitOps.Delivery.Tests.Traffic.Doubles;

internal sealed class RecordingObserver : IRolloutObserver
{
    private readonly List<RolloutEvent> _events = [];
    private readonly TaskCompletionSource _firstWeightsSet = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<RolloutEvent> Events
    {
        get
        {
            lock (_events)
                return _events.ToList();
        }
    }

    /// <summary>Completes once traffic first moved: the run then holds its service.</summary>
    public Task FirstWeightsSet => _firstWeightsSet.Task;

    public IEnumerable<T> Of<T>() where T : RolloutEvent => Events.OfType<T>();

    public void OnEvent(RolloutEvent rolloutEvent)
    {
        lock (_events)
            _events.Add(rolloutEvent);
        if (rolloutEvent is WeightsSet)
            _firstWeightsSet.TrySetResult();
    }
}
