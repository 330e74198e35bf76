using EcsGitOps.Aws.Ecs;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>Settings of <c>--strategy ecs</c>; a setting left null keeps what the service already has.</summary>
public sealed record EcsStrategyOptions
{
    public static IReadOnlyList<string> Strategies { get; } = ["BLUE_GREEN", "LINEAR", "CANARY"];

    /// <summary>BLUE_GREEN, LINEAR or CANARY.</summary>
    public string? Strategy { get; init; }

    public int? BakeTimeInMinutes { get; init; }

    public LinearConfiguration? Linear { get; init; }

    public CanaryConfiguration? Canary { get; init; }

    public DeploymentAlarms? Alarms { get; init; }

    public IReadOnlyList<DeploymentLifecycleHook>? LifecycleHooks { get; init; }

    /// <summary>How often the service deployment is described while it runs.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a rollback this tool asked for may take to finish.</summary>
    public TimeSpan RollbackTimeout { get; init; } = TimeSpan.FromMinutes(10);

    public int StoppedTasksShown { get; init; } = 5;

    /// <summary>The service's deployment configuration with these settings over it; null when there is nothing to change.</summary>
    internal DeploymentConfiguration? ApplyTo(DeploymentConfiguration? current)
    {
        if (Strategy is null && BakeTimeInMinutes is null && Linear is null && Canary is null && Alarms is null && LifecycleHooks is null)
            return null;
        var basis = current ?? new DeploymentConfiguration();
        return basis with
        {
            Strategy = Strategy ?? basis.Strategy,
            BakeTimeInMinutes = BakeTimeInMinutes ?? basis.BakeTimeInMinutes,
            LinearConfiguration = Linear ?? basis.LinearConfiguration,
            CanaryConfiguration = Canary ?? basis.CanaryConfiguration,
            Alarms = Alarms ?? basis.Alarms,
            LifecycleHooks = LifecycleHooks ?? basis.LifecycleHooks,
        };
    }
}
