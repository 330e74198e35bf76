using EcsGitOps.Delivery.LocalCloud.Seeding;
using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.LocalCloud.Templates;

/// <summary>
/// Refuses a template whose resources or outputs refer to a resource the local cloud leaves out of it: CloudFormation
/// would fail on the dangling reference. A reference counts only where the stack has it: in a resource or output whose
/// Condition holds, and in the branch of each Fn::If the conditions choose.
/// </summary>
static class LeftOutResources
{
    public static void EnsureUnreferenced(StackGraphTemplate template, IReadOnlyList<string> leftOut, IntrinsicResolver resolver)
    {
        if (leftOut.Count == 0)
            return;
        foreach (var (id, value) in template.Resources)
            if (!leftOut.Contains(id) && value is IReadOnlyDictionary<string, object?> definition)
                Check(template, $"resource {id}", definition, condition => ResourceReferences.Of(definition, condition), leftOut, resolver);
        foreach (var (name, value) in template.Outputs)
            if (value is IReadOnlyDictionary<string, object?> output)
                Check(template, $"output {name}", output, condition => ResourceReferences.In(output, condition), leftOut, resolver);
    }

    // Conditions are evaluated only for what names a left-out resource in some branch, so templates that never do are
    // not held to conditions seeding cannot evaluate before the stack exists.
    static void Check(
        StackGraphTemplate template, string subject, IReadOnlyDictionary<string, object?> definition,
        Func<Func<string, bool>?, IEnumerable<string>> references, IReadOnlyList<string> leftOut, IntrinsicResolver resolver)
    {
        if (!references(null).Any(leftOut.Contains))
            return;
        var site = new Site(subject, "Condition");
        if (definition.GetValueOrDefault("Condition") is string condition && !resolver.Condition(condition, site))
            return;
        if (references(name => resolver.Condition(name, site)).FirstOrDefault(leftOut.Contains) is { } named)
            throw new LocalCloudSeedingException(
                $"{template.Path}: {subject} refers to {named}, an ECS service with the EXTERNAL deployment controller that the local "
                + "cloud creates outside CloudFormation: refer to it only under a condition that excludes EXTERNAL");
    }
}
