namespace EcsGitOps.Delivery.Stacks;

/// <summary>Where a deployment reports as it goes; called from several stacks at once.</summary>
public interface IStackProgress
{
    void ChangeSet(string stackName, ChangeSetSummary changeSet);

    void Event(string stackName, StackEventLine line);

    /// <summary>A state found or a step taken, in one line.</summary>
    void Note(string stackName, string message);
}
