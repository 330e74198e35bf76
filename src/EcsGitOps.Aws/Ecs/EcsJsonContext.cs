using System.Text.Json;
using System.Text.Json.Serialization;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.Ecs;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(AwsTimestampConverter)])]
[JsonSerializable(typeof(RegisterTaskDefinitionRequest))]
[JsonSerializable(typeof(DescribeTaskDefinitionRequest))]
[JsonSerializable(typeof(DeregisterTaskDefinitionRequest))]
[JsonSerializable(typeof(DescribeServicesRequest))]
[JsonSerializable(typeof(UpdateServiceRequest))]
[JsonSerializable(typeof(CreateTaskSetRequest))]
[JsonSerializable(typeof(DescribeTaskSetsRequest))]
[JsonSerializable(typeof(UpdateTaskSetRequest))]
[JsonSerializable(typeof(UpdateServicePrimaryTaskSetRequest))]
[JsonSerializable(typeof(DeleteTaskSetRequest))]
[JsonSerializable(typeof(ListServiceDeploymentsRequest))]
[JsonSerializable(typeof(DescribeServiceDeploymentsRequest))]
[JsonSerializable(typeof(StopServiceDeploymentRequest))]
[JsonSerializable(typeof(ListTasksRequest))]
[JsonSerializable(typeof(DescribeTasksRequest))]
[JsonSerializable(typeof(TagResourceRequest))]
[JsonSerializable(typeof(ListTagsForResourceRequest))]
[JsonSerializable(typeof(RegisterTaskDefinitionResponse))]
[JsonSerializable(typeof(DescribeTaskDefinitionResponse))]
[JsonSerializable(typeof(DeregisterTaskDefinitionResponse))]
[JsonSerializable(typeof(DescribeServicesResponse))]
[JsonSerializable(typeof(UpdateServiceResponse))]
[JsonSerializable(typeof(CreateTaskSetResponse))]
[JsonSerializable(typeof(DescribeTaskSetsResponse))]
[JsonSerializable(typeof(UpdateTaskSetResponse))]
[JsonSerializable(typeof(UpdateServicePrimaryTaskSetResponse))]
[JsonSerializable(typeof(DeleteTaskSetResponse))]
[JsonSerializable(typeof(ListServiceDeploymentsResponse))]
[JsonSerializable(typeof(DescribeServiceDeploymentsResponse))]
[JsonSerializable(typeof(StopServiceDeploymentResponse))]
[JsonSerializable(typeof(ListTasksResponse))]
[JsonSerializable(typeof(DescribeTasksResponse))]
[JsonSerializable(typeof(ListTagsForResourceResponse))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class EcsJsonContext : JsonSerializerContext;
