using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>A deployed stack whose template declares resources the local cloud's CloudFormation skipped.</summary>
/// <param name="Parameters">The values the stack was deployed with; the template's defaults fill the rest.</param>
public sealed record SeedingStack(string Name, string StackName, string TemplatePath, IReadOnlyDictionary<string, string> Parameters)
{
    public static SeedingStack From(StackGraphBinding binding) =>
        new(binding.Name, binding.StackName, binding.TemplatePath, binding.Parameters);
}
