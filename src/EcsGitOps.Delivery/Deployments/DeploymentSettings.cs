using System.Globalization;
using EcsGitOps.Delivery.Deployments.Strategies;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Rollouts;

namespace EcsGitOps.Delivery.Deployments;

/// What the user asked of a deployment, checked as a whole before anything is built, pushed or called, so a setting
/// that cannot work stops the build with one line (exit 2) instead of failing after the image was pushed.
public sealed record DeploymentSettings
{
    /// The CodeDeploy configurations AWS predefines for ECS; a custom one has any other name.
    public static IReadOnlyList<string> PredefinedEcsConfigs { get; } =
    [
        "CodeDeployDefault.ECSAllAtOnce", "CodeDeployDefault.ECSLinear10PercentEvery1Minutes", "CodeDeployDefault.ECSLinear10PercentEvery3Minutes",
        "CodeDeployDefault.ECSCanary10Percent5Minutes", "CodeDeployDefault.ECSCanary10Percent15Minutes",
    ];

    public required string Strategy { get; init; }
    public required string Router { get; init; }
    public string? EcsStrategy { get; init; }
    public string? DeploymentConfigName { get; init; }
    public double? MaxErrorRate { get; init; }
    public TimeSpan? MaxP99Latency { get; init; }
    public TimeSpan DrainTime { get; init; }
    public TimeSpan DeploymentTimeout { get; init; }
    public string? Colour { get; init; }
    public IReadOnlyList<string> Alarms { get; init; } = [];
    public string? CheckCommand { get; init; }
    public IReadOnlyList<string> CapacityProviders { get; init; } = [];

    /// The task-set strategy's and ShiftMeshTraffic's steps, interval and failure threshold.
    public RolloutSettings Rollout { get; init; } = new(RolloutPlan.Parse(null, null, null), TimeSpan.FromSeconds(30), 2);

    /// A metric check that finds no data in its window passes (--no-data pass) instead of failing.
    public bool NoDataPasses { get; init; }

    /// The local cloud (moto) runs only the task-set strategy: it has no ECS service deployments and CodeDeploy never progresses.
    public bool OnLocalCloud { get; init; }

    /// <exception cref="InvalidOptionException">The first setting that cannot work, with what to use instead.</exception>
    public DeploymentStrategyKind Validate()
    {
        var kind = DeploymentStrategyKind.Parse(Strategy);
        TrafficRouterKind.Parse(Router);
        if (OnLocalCloud && kind != DeploymentStrategyKind.TaskSet)
            throw new InvalidOptionException("--strategy", kind.Name, kind == DeploymentStrategyKind.Ecs
                ? "the local cloud cannot run it (moto has no ECS service deployments API); use --strategy task-set locally, or deploy to AWS"
                : "the local cloud cannot run it (moto's CodeDeploy deployments never leave Created); use --strategy task-set locally, or deploy to AWS");

        if (EcsStrategy is { } ecs)
        {
            if (!EcsStrategyOptions.Strategies.Contains(ecs.Trim().ToUpperInvariant()))
                throw new InvalidOptionException("--ecs-strategy", ecs, $"use {string.Join(", ", EcsStrategyOptions.Strategies)}");
            if (kind != DeploymentStrategyKind.Ecs)
                throw new InvalidOptionException("--ecs-strategy", ecs, $"applies to --strategy ecs only, not {kind}; drop it or add --strategy ecs");
        }
        if (DeploymentConfigName is { } config)
        {
            if (kind != DeploymentStrategyKind.CodeDeploy)
                throw new InvalidOptionException("--deployment-config-name", config, $"applies to --strategy codedeploy only, not {kind}; drop it or add --strategy codedeploy");
            if (config.Length is 0 or > 100)
                throw new InvalidOptionException("--deployment-config-name", config, "must be 1 to 100 characters, e.g. CodeDeployDefault.ECSCanary10Percent5Minutes");
            if (config.StartsWith("CodeDeployDefault.", StringComparison.Ordinal) && !PredefinedEcsConfigs.Contains(config))
                throw new InvalidOptionException("--deployment-config-name", config,
                    $"not one of AWS's ECS configurations; use {string.Join(", ", PredefinedEcsConfigs)}, or a custom configuration's name");
        }
        if (MaxErrorRate is { } rate && (double.IsNaN(rate) || rate is < 0 or > 100))
            throw new InvalidOptionException("--max-error-rate", rate.ToString(CultureInfo.InvariantCulture), "must be a percentage from 0 to 100, e.g. 1.5");
        if (MaxP99Latency is { } latency && latency <= TimeSpan.Zero)
            throw new InvalidOptionException("--max-p99-latency", latency.ToString(), "must be longer than 0, e.g. 500ms");
        if (DrainTime < TimeSpan.Zero)
            throw new InvalidOptionException("--drain-time", DrainTime.ToString(), "must not be negative, e.g. 30s");
        if (DeploymentTimeout <= TimeSpan.Zero)
            throw new InvalidOptionException("--deployment-timeout", DeploymentTimeout.ToString(), "must be longer than 0, e.g. 30m");
        if (Colour is { } colour && colour is not ("blue" or "green"))
            throw new InvalidOptionException("--color", colour, "use blue or green, or leave it out to render for the idle colour");
        if (Alarms.FirstOrDefault(string.IsNullOrWhiteSpace) is not null)
            throw new InvalidOptionException("--alarms", "\"\"", "an alarm name is empty; give CloudWatch alarm names");
        if (CheckCommand is { } command && string.IsNullOrWhiteSpace(command))
            throw new InvalidOptionException("--check-command", "\"\"", "is empty; give a command, or leave the option out");
        if (CapacityProviders.Count > 0 && kind != DeploymentStrategyKind.TaskSet)
            throw new InvalidOptionException("--capacity-providers", string.Join(' ', CapacityProviders),
                $"applies to task sets (--strategy task-set) only; for {kind} set the service's capacity provider strategy in infra/service.yaml");
        return kind;
    }
}
