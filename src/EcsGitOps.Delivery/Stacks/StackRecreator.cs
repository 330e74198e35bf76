using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudFormation;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>
/// Recreate mode over waves, in three passes. Plan: each wave in turn decides create, replace or up to date, and a
/// stack importing an export of a stack created (again) before it is replaced too. Delete: the replaced stacks, the
/// last wave first, as CloudFormation refuses to delete a stack whose exports another imports. Create: wave by wave.
/// A failure stops the passes; the waves planned before a failed plan are still deployed, as nothing in them depends on it.
/// </summary>
internal sealed class StackRecreator(CloudFormationClient cloudFormation, DeployInfraOptions options, TimeProvider time, IStackProgress progress)
{
    public async Task<IReadOnlyList<StackDeployResult>> DeployAsync(IReadOnlyList<IReadOnlyList<StackSpec>> waves, CancellationToken ct)
    {
        var planned = new List<IReadOnlyList<StackRecreation>>();
        var renewed = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<StackDeployException>();
        foreach (var wave in waves)
        {
            var stacks = wave.Select(Recreation).ToList();
            failures = await EachAsync(stacks, s => s.PlanAsync(renewed, ct));
            if (failures.Count > 0)
                break;
            planned.Add(stacks);
            renewed.UnionWith(stacks.Where(s => s.Renews).SelectMany(s => s.Spec.Exports));
        }

        var (results, applyFailures) = options.DryRun
            ? (planned.SelectMany(w => w).Select(s => s.Planned()).ToList(), [])
            : await ApplyAsync(planned, ct);
        failures.AddRange(applyFailures);
        if (failures.Count == 0)
            return results;
        var settled = results.Select(r => r.StackName).Concat(failures.Select(f => f.StackName)).ToHashSet(StringComparer.Ordinal);
        throw new DeployInfraException(results, failures,
            waves.SelectMany(w => w).Select(s => s.StackName).Where(name => !settled.Contains(name)).ToList());
    }

    async Task<(List<StackDeployResult>, List<StackDeployException>)> ApplyAsync(List<IReadOnlyList<StackRecreation>> planned, CancellationToken ct)
    {
        var results = new List<StackDeployResult>();
        foreach (var wave in Enumerable.Reverse(planned))
            if (await EachAsync(wave, s => s.DeleteAsync(ct)) is { Count: > 0 } deleteFailures)
                return (results, deleteFailures);
        foreach (var wave in planned)
        {
            var created = await Task.WhenAll(wave.Select(async s =>
            {
                StackDeployResult? result = null;
                var failure = await TryAsync(s, async () => result = await s.CreateAsync(ct));
                return (Result: result, Failure: failure);
            }));
            results.AddRange(created.Select(c => c.Result).OfType<StackDeployResult>());
            if (created.Select(c => c.Failure).OfType<StackDeployException>().ToList() is { Count: > 0 } createFailures)
                return (results, createFailures);
        }
        return (results, []);
    }

    StackRecreation Recreation(StackSpec spec) =>
        new(new StackWatch(cloudFormation, spec.StackName, options, time, progress), spec, options, time);

    async Task<List<StackDeployException>> EachAsync(IReadOnlyList<StackRecreation> stacks, Func<StackRecreation, Task> step) =>
        [.. (await Task.WhenAll(stacks.Select(s => TryAsync(s, () => step(s))))).OfType<StackDeployException>()];

    async Task<StackDeployException?> TryAsync(StackRecreation stack, Func<Task> step)
    {
        try
        {
            await step();
            return null;
        }
        catch (AwsServiceException e)
        {
            return Reported(StackFailures.Call(stack.Spec.StackName, e.Operation, e));
        }
        catch (StackDeployException e)
        {
            return Reported(e);
        }
    }

    StackDeployException Reported(StackDeployException failure)
    {
        progress.Note(failure.StackName, failure.Message);
        return failure;
    }
}
