using EcsGitOps.Aws.CloudFormation;

namespace EcsGitOps.Delivery.Stacks;

/// <param name="Existing">The stack as found once settled; null when there is none.</param>
/// <param name="Deployable">False in a dry run when a deploy would first have to repair the stack.</param>
internal sealed record PreparedStack(Stack? Existing, bool Deployable);
