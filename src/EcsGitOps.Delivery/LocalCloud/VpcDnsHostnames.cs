using EcsGitOps.Aws;
using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.LocalCloud;

/// <summary>
/// Moto's CloudFormation ignores a VPC's EnableDnsHostnames, and moto's ECS then cannot start awsvpc tasks in it (their
/// network interfaces get no DNS name). After DeployInfra the local profile turns it on through EC2 for every VPC whose
/// template asks for it.
/// </summary>
public static class VpcDnsHostnames
{
    /// <returns>The VPC ids it turned DNS host names on for.</returns>
    public static async Task<IReadOnlyList<string>> ApplyAsync(AwsClients aws, IEnumerable<StackGraphBinding> stacks, CancellationToken ct)
    {
        var applied = new List<string>();
        foreach (var stack in stacks)
        {
            var template = await StackGraphTemplate.LoadAsync(stack.TemplatePath, ct);
            var wanted = template.Resources
                .Where(r => r.Value is IReadOnlyDictionary<string, object?> resource && resource.GetValueOrDefault("Type") as string == "AWS::EC2::VPC"
                    && (resource.GetValueOrDefault("Properties") as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault("EnableDnsHostnames") is "true")
                .Select(r => r.Key)
                .ToHashSet(StringComparer.Ordinal);
            if (wanted.Count == 0)
                continue;
            var resources = await aws.CloudFormation.DescribeStackResourcesAsync(new() { StackName = stack.StackName }, ct);
            foreach (var vpc in resources.StackResources ?? [])
                if (wanted.Contains(vpc.LogicalResourceId ?? "") && vpc.PhysicalResourceId is { } id)
                {
                    await aws.Ec2.ModifyVpcAttributeAsync(new() { VpcId = id, EnableDnsHostnames = new() { Value = true } }, ct);
                    applied.Add(id);
                }
        }
        return applied;
    }
}
