namespace EcsGitOps.Delivery.Stacks;

public enum StackDeployMode
{
    /// <summary>Change sets, as CloudFormation on AWS runs them: a stack is updated in place.</summary>
    ChangeSets,

    /// <summary>
    /// CreateStack, and delete then create for any change, for endpoints (moto) whose change sets register no exports
    /// and whose updates drop a stack's outputs.
    /// </summary>
    Recreate,
}
