using EcsGitOps.Aws.Ecs;

namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>
/// Creates the ECS services with the EXTERNAL deployment controller a template declares unless they are active. An
/// active service is left as it is: its task sets and desired count belong to the rollouts since.
/// </summary>
sealed class EcsServiceSeeding(EcsClient client)
{
    const string External = "EXTERNAL";

    public async Task<SeedingStep> SeedAsync(PropertyBinder binder, IReadOnlyDictionary<string, object?> properties, CancellationToken ct)
    {
        var request = binder.Bind<CreateServiceRequest>(properties);
        var found = (await client.DescribeServicesAsync(new() { Cluster = request.Cluster, Services = [request.ServiceName] }, ct)).Services?
            .FirstOrDefault(s => s.Status == "ACTIVE");
        if (found?.DeploymentController?.Type is { } controller and not External)
            throw new SeedingConflictException(
                $"service {request.ServiceName} in cluster {request.Cluster ?? "default"} exists with the {controller} deployment controller, "
                + $"not {External}: delete the service or deploy with the {controller} controller");
        var service = found ?? (await client.CreateServiceAsync(request, ct)).Service
            ?? throw new SeedingConflictException($"ECS CreateService named no service for {request.ServiceName}: check the AWS endpoint the local cloud uses");
        var arn = service.ServiceArn
            ?? throw new SeedingConflictException($"ECS named no ARN for service {request.ServiceName}: check the AWS endpoint the local cloud uses");
        return new(found is null ? SeedingOutcome.Created : SeedingOutcome.AlreadySeeded, request.ServiceName,
            new SeededAttributes(arn, new Dictionary<string, string>(StringComparer.Ordinal) { ["Name"] = request.ServiceName, ["ServiceArn"] = arn }));
    }
}
