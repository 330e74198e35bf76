namespace EcsGitOps.Delivery.Traffic.Events;

public static class RolloutObservers
{
    public static IRolloutObserver None { get; } = Combine();

    public static IRolloutObserver Combine(params IReadOnlyList<IRolloutObserver> observers) => new All(observers);

    private sealed class All(IReadOnlyList<IRolloutObserver> observers) : IRolloutObserver
    {
        public void OnEvent(RolloutEvent rolloutEvent)
        {
            foreach (var observer in observers)
                observer.OnEvent(rolloutEvent);
        }
    }
}
