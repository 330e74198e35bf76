namespace EcsGitOps.Delivery.Deployments;

/// <summary>The value of <c>--strategy</c>.</summary>
public sealed record DeploymentStrategyKind
{
    private DeploymentStrategyKind(string name) => Name = name;

    /// <summary>CodeDeploy blue/green with the rendered AppSpec and a deployment config.</summary>
    public static DeploymentStrategyKind CodeDeploy { get; } = new("codedeploy");

    /// <summary>ECS built-in blue/green, linear or canary (deployment controller ECS).</summary>
    public static DeploymentStrategyKind Ecs { get; } = new("ecs");

    /// <summary>Task sets driven by this tool (deployment controller EXTERNAL) and a traffic router.</summary>
    public static DeploymentStrategyKind TaskSet { get; } = new("task-set");

    public static IReadOnlyList<DeploymentStrategyKind> All { get; } = [CodeDeploy, Ecs, TaskSet];

    public string Name { get; }

    /// <summary>The ECS service's deployment controller this strategy needs (infra/service.yaml's DeploymentController).</summary>
    public string DeploymentController => Name switch
    {
        "codedeploy" => "CODE_DEPLOY",
        "ecs" => "ECS",
        _ => "EXTERNAL",
    };

    public static DeploymentStrategyKind Parse(string value) =>
        All.FirstOrDefault(kind => kind.Name.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOptionException("--strategy", value, $"unknown strategy; use {string.Join(", ", All)}");

    public override string ToString() => Name;
}
