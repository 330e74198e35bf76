namespace EcsGitOps.Delivery.Stacks;

/// <summary>What Recreate mode does to one stack.</summary>
internal enum RecreateStep
{
    UpToDate,
    Create,
    Replace,
}
