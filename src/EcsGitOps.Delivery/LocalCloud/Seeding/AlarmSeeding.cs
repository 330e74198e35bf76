using EcsGitOps.Aws.CloudWatch;

namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>
/// Puts the CloudWatch alarms a template declares unless they exist. A found alarm is left as it is: putting it again
/// would reset the state a test or a gate set with SetAlarmState.
/// </summary>
sealed class AlarmSeeding(CloudWatchClient client, CloudAccount account)
{
    public async Task<SeedingStep> SeedAsync(PropertyBinder binder, IReadOnlyDictionary<string, object?> properties, CancellationToken ct)
    {
        var request = binder.Bind<PutMetricAlarmRequest>(properties);
        var found = (await client.DescribeAlarmsAsync(new() { AlarmNames = [request.AlarmName] }, ct)).MetricAlarms?
            .FirstOrDefault(a => a.AlarmName == request.AlarmName);
        if (found is null)
            await client.PutMetricAlarmAsync(request, ct);
        var arn = found?.AlarmArn ?? account.Arn("cloudwatch", $"alarm:{request.AlarmName}");
        return new(found is null ? SeedingOutcome.Created : SeedingOutcome.AlreadySeeded, request.AlarmName,
            new SeededAttributes(request.AlarmName, new Dictionary<string, string>(StringComparer.Ordinal) { ["Arn"] = arn }));
    }
}
