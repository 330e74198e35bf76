using EcsGitOps.Aws;
using EcsGitOps.Aws.CodeDeploy;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>
/// <c>--strategy codedeploy</c>: a CodeDeploy blue/green deployment of the rendered AppSpec, followed through its lifecycle
/// events to its end. A failed hook, the timeout or cancellation stops it with automatic rollback.
/// </summary>
public sealed class CodeDeployStrategy : IDeploymentStrategy
{
    private readonly CodeDeployClient _codeDeploy;
    private readonly CodeDeployStrategyOptions _options;
    private readonly TimeProvider _time;

    public CodeDeployStrategy(CodeDeployClient codeDeploy, CodeDeployStrategyOptions options, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(options.Application))
            throw new ArgumentException("CodeDeploy application not set: the service stack's CodeDeployApplicationName output names it; deploy the stacks for --strategy codedeploy (DeployInfra)", nameof(options));
        if (string.IsNullOrWhiteSpace(options.DeploymentGroup))
            throw new ArgumentException("CodeDeploy deployment group not set: the service stack's CodeDeployDeploymentGroupName output names it; deploy the stacks for --strategy codedeploy (DeployInfra)", nameof(options));
        if (options.PollInterval < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), options.PollInterval, $"{nameof(options.PollInterval)} must not be negative");
        (_codeDeploy, _options, _time) = (codeDeploy, options, time);
    }

    public DeploymentStrategyKind Kind => DeploymentStrategyKind.CodeDeploy;

    /// <exception cref="InvalidDataException">The AppSpec is empty or names another task definition; nothing was called.</exception>
    /// <exception cref="RolloutInProgressException">The deployment group already has a deployment in progress and no resume was asked.</exception>
    public async Task<DeploymentOutcome> DeployAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await new CodeDeployDeployment(_codeDeploy, _options, _time, context).RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AwsServiceException or DeploymentFailedException)
        {
            return DeploymentOutcome.Failed(e.Message);
        }
    }
}
