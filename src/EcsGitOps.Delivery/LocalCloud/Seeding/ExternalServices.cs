using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>
/// The ECS services of a template whose deployment controller is EXTERNAL. moto's CloudFormation fails on a service
/// without a task definition, which such a service never has, so the local cloud leaves them out of the template
/// and seeding creates them; services with other controllers are CloudFormation's.
/// </summary>
static class ExternalServices
{
    public const string Type = "AWS::ECS::Service";

    public static IReadOnlyList<string> In(StackGraphTemplate template, IntrinsicResolver resolver) =>
        [.. template.Resources
            .Where(r => r.Value is IReadOnlyDictionary<string, object?> definition && IsExternal(r.Key, definition, resolver))
            .Select(r => r.Key)];

    /// <summary>True for a service of the stack (its Condition holds) whose DeploymentController.Type resolves to EXTERNAL.</summary>
    public static bool IsExternal(string logicalId, IReadOnlyDictionary<string, object?> definition, IntrinsicResolver resolver) =>
        definition.GetValueOrDefault("Type") as string == Type
        && (definition.GetValueOrDefault("Condition") is not string condition
            || resolver.Condition(condition, new Site($"resource {logicalId}", "Condition")))
        && Controller(logicalId, definition, resolver) == "EXTERNAL";

    static string? Controller(string logicalId, IReadOnlyDictionary<string, object?> definition, IntrinsicResolver resolver) =>
        definition.GetValueOrDefault("Properties") is IReadOnlyDictionary<string, object?> properties
        && properties.TryGetValue("DeploymentController", out var controller)
        && resolver.Value(controller, Site.Resource(logicalId).At("DeploymentController")) is IReadOnlyDictionary<string, object?> resolved
            ? resolved.GetValueOrDefault("Type") as string
            : null;
}
