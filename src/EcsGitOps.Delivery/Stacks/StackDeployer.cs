using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudFormation;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>
/// The DeployInfra engine: deploys stacks through change sets, wave by wave. Stacks of one wave deploy concurrently;
/// a wave starts only when every stack of the one before has deployed. <see cref="StackDeployMode.Recreate"/> creates
/// and replaces stacks instead, for endpoints that cannot execute change sets or update a stack in place.
/// </summary>
public sealed class StackDeployer(CloudFormationClient cloudFormation, DeployInfraOptions options, TimeProvider time, IStackProgress progress)
{
    /// <exception cref="DeployInfraException">A stack failed; the stacks after its wave were not attempted.</exception>
    public async Task<IReadOnlyList<StackDeployResult>> DeployAsync(IReadOnlyList<IReadOnlyList<StackSpec>> waves, CancellationToken ct = default)
    {
        EnsureEachStackOnce(waves);
        if (options.Mode is StackDeployMode.Recreate)
            return await new StackRecreator(cloudFormation, options, time, progress).DeployAsync(waves, ct);
        var results = new List<StackDeployResult>();
        for (var i = 0; i < waves.Count; i++)
        {
            var outcomes = await Task.WhenAll(waves[i].Select(spec => TryDeployAsync(spec, ct)));
            results.AddRange(outcomes.Select(o => o.Result).OfType<StackDeployResult>());
            var failures = outcomes.Select(o => o.Failure).OfType<StackDeployException>().ToList();
            if (failures.Count > 0)
                throw new DeployInfraException(results, failures, waves.Skip(i + 1).SelectMany(w => w).Select(s => s.StackName).ToList());
        }
        return results;
    }

    /// <exception cref="StackDeployException">The stack did not deploy; the message names its state and first failure.</exception>
    public async Task<StackDeployResult> DeployAsync(StackSpec spec, CancellationToken ct = default)
    {
        var watch = new StackWatch(cloudFormation, spec.StackName, options, time, progress);
        try
        {
            return options.Mode is StackDeployMode.Recreate
                ? await new StackRecreation(watch, spec, options, time).RunAsync(ct)
                : await new StackDeployment(watch, spec, options, time).RunAsync(ct);
        }
        catch (AwsServiceException e)
        {
            throw StackFailures.Call(spec.StackName, e.Operation, e);
        }
    }

    async Task<(StackDeployResult? Result, StackDeployException? Failure)> TryDeployAsync(StackSpec spec, CancellationToken ct)
    {
        try
        {
            return (await DeployAsync(spec, ct), null);
        }
        catch (StackDeployException e)
        {
            progress.Note(spec.StackName, e.Message);
            return (null, e);
        }
    }

    static void EnsureEachStackOnce(IReadOnlyList<IReadOnlyList<StackSpec>> waves)
    {
        var twice = waves.SelectMany(w => w).GroupBy(s => s.StackName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new ArgumentException($"Stack {twice.Key} appears {twice.Count()} times in the deployment waves: list each stack once.", nameof(waves));
    }
}
