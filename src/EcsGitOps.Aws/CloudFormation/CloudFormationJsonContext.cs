using System.Text.Json;
using System.Text.Json.Serialization;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.CloudFormation;

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(AwsTimestampConverter)])]
[JsonSerializable(typeof(ValidateTemplateRequest))]
[JsonSerializable(typeof(CreateChangeSetRequest))]
[JsonSerializable(typeof(DescribeChangeSetRequest))]
[JsonSerializable(typeof(ExecuteChangeSetRequest))]
[JsonSerializable(typeof(DeleteChangeSetRequest))]
[JsonSerializable(typeof(DescribeStacksRequest))]
[JsonSerializable(typeof(DescribeStackEventsRequest))]
[JsonSerializable(typeof(DescribeStackResourcesRequest))]
[JsonSerializable(typeof(DeleteStackRequest))]
[JsonSerializable(typeof(ContinueUpdateRollbackRequest))]
[JsonSerializable(typeof(ValidateTemplateResponse))]
[JsonSerializable(typeof(CreateChangeSetResponse))]
[JsonSerializable(typeof(DescribeChangeSetResponse))]
[JsonSerializable(typeof(DescribeStacksResponse))]
[JsonSerializable(typeof(DescribeStackEventsResponse))]
[JsonSerializable(typeof(DescribeStackResourcesResponse))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class CloudFormationJsonContext : JsonSerializerContext;
