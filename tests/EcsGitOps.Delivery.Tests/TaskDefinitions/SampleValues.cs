namespace EcsGitOps.Delivery.Tests.TaskDefinitions;

/// <summary>A full set of values for templates/taskdef.json and templates/appspec.yaml.</summary>
static class SampleValues
{
    public const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    public const string Repository = "123456789012.dkr.ecr.us-east-1.amazonaws.com/sample-api";

    public static Dictionary<string, string?> Create() => new(StringComparer.Ordinal)
    {
        ["image"] = $"{Repository}@{Digest}",
        ["taskFamily"] = "prod-sample-api",
        ["taskRoleArn"] = "arn:aws:iam::123456789012:role/prod-service-TaskRole-ABC",
        ["taskExecutionRoleArn"] = "arn:aws:iam::123456789012:role/prod-service-TaskExecutionRole-DEF",
        ["containerName"] = "app",
        ["containerPort"] = "8080",
        ["region"] = "us-east-1",
        ["accountId"] = "123456789012",
        ["logGroupName"] = "/ecs/prod/sample-api",
        ["version"] = "1.4.0",
        ["commit"] = "3f2a9c1",
        ["color"] = "green",
        ["apiKeySecretName"] = "prod/sample-api/api-key",
        ["featureFlagsParameterName"] = "/prod/sample-api/feature-flags",
        ["meshName"] = "prod-mesh",
        ["virtualNodeName"] = "sample-api-green",
    };
}
