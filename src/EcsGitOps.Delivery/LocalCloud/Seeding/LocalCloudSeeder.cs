using EcsGitOps.Aws;
using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>
/// The local profile's stand-in for the resource types moto's CloudFormation skips or cannot create. After DeployInfra
/// it creates the App Mesh resources, CloudWatch alarms and EXTERNAL-controller ECS services the templates declare
/// through their APIs, from the same templates, so ShiftMeshTraffic, the analysis gates and the task-set strategy find
/// them; Cloud Map and CodeDeploy resources are reported, not created.
/// Resources that exist are left as they are, so seeding again changes nothing.
/// </summary>
public sealed class LocalCloudSeeder(AwsClients aws, Action<string>? log = null)
{
    /// <param name="stacks">The deployed stacks, in deployment order.</param>
    /// <param name="exports">Export names and values of the deployed stacks, for Fn::ImportValue.</param>
    public async Task<SeedingSummary> SeedAsync(
        IEnumerable<SeedingStack> stacks, IReadOnlyDictionary<string, string> exports, CancellationToken ct)
    {
        var resources = new List<SeededResource>();
        CloudAccount? account = null;
        foreach (var stack in stacks)
        {
            var template = await LoadAsync(stack, ct);
            if (!SeedingPlan.Concerns(template))
                continue;
            account ??= await AccountAsync(ct);
            await SeedAsync(stack, template, account, exports, resources, ct);
        }
        return new(resources);
    }

    async Task SeedAsync(
        SeedingStack stack, StackGraphTemplate template, CloudAccount account, IReadOnlyDictionary<string, string> exports,
        List<SeededResource> resources, CancellationToken ct)
    {
        var resolver = new IntrinsicResolver(new(template, stack, account, exports));
        var plan = SeedingPlan.Of(template, resolver);
        foreach (var resource in plan.NotSeeded)
        {
            var reason = SeedableTypes.WhyNotSeeded(resource.Type)!;
            resolver.Unavailable(resource.LogicalId, $"{resource.LogicalId} ({resource.Type}) is not seeded: {reason}");
            resources.Add(Report(new(stack.Name, resource.LogicalId, resource.Type, null, SeedingOutcome.NotSeeded, reason)));
        }

        var appMesh = new AppMeshSeeding(aws.AppMesh, account);
        var alarms = new AlarmSeeding(aws.CloudWatch, account);
        var services = new EcsServiceSeeding(aws.Ecs);
        foreach (var resource in plan.Seeded)
        {
            var properties = Named(resolver.Properties(resource.LogicalId, resource.Properties), resource, stack);
            var binder = new PropertyBinder(template.Path, resource.LogicalId);
            SeedingStep step;
            try
            {
                step = resource.Type switch
                {
                    "AWS::CloudWatch::Alarm" => await alarms.SeedAsync(binder, properties, ct),
                    ExternalServices.Type => await services.SeedAsync(binder, properties, ct),
                    _ => await appMesh.SeedAsync(resource.Type, binder, properties, ct),
                };
            }
            catch (Exception e) when (e is AwsServiceException or SeedingConflictException)
            {
                throw new LocalCloudSeedingException(
                    $"{template.Path}: resource {resource.LogicalId} ({resource.Type}) could not be seeded: {e.Message}", e);
            }

            if (step.Attributes is { } attributes)
                resolver.Seeded(resource.LogicalId, attributes);
            else
                resolver.Unavailable(resource.LogicalId, $"{resource.LogicalId} was not seeded: {step.Reason}");
            resources.Add(Report(new(stack.Name, resource.LogicalId, resource.Type, step.Name, step.Outcome, step.Reason)
            {
                Omitted = step.Outcome == SeedingOutcome.Created ? binder.Omitted : [],
            }));
        }
    }

    // CloudFormation names a resource whose template leaves the name out; seeding names it after the stack and the
    // logical id, without CloudFormation's random suffix, so that the next run finds it again.
    static IReadOnlyDictionary<string, object?> Named(IReadOnlyDictionary<string, object?> properties, PlannedResource resource, SeedingStack stack)
    {
        var name = SeedableTypes.NameProperty(resource.Type);
        return properties.ContainsKey(name)
            ? properties
            : new Dictionary<string, object?>(properties, StringComparer.Ordinal) { [name] = $"{stack.StackName}-{resource.LogicalId}" };
    }

    static async Task<StackGraphTemplate> LoadAsync(SeedingStack stack, CancellationToken ct) => File.Exists(stack.TemplatePath)
        ? StackGraphTemplate.Parse(await File.ReadAllTextAsync(stack.TemplatePath, ct), stack.TemplatePath)
        : throw new LocalCloudSeedingException($"template {stack.TemplatePath} of stack {stack.StackName} not found: seed the stacks DeployInfra deployed");

    async Task<CloudAccount> AccountAsync(CancellationToken ct) =>
        new(aws.Region, (await aws.Sts.GetCallerIdentityAsync(ct)).Account
            ?? throw new LocalCloudSeedingException("STS GetCallerIdentity named no account: check the AWS endpoint the local cloud uses"));

    SeededResource Report(SeededResource resource)
    {
        log?.Invoke($"Seeding: {resource.Describe()}");
        return resource;
    }
}
