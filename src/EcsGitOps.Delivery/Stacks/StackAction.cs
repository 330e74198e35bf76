namespace EcsGitOps.Delivery.Stacks;

public enum StackAction
{
    Created,
    Updated,
    UpToDate,
    DryRun,
}
