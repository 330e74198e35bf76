using System.Text.Json;
using System.Text.Json.Serialization;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.CloudWatch;

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(AwsTimestampConverter)])]
[JsonSerializable(typeof(DescribeAlarmsRequest))]
[JsonSerializable(typeof(GetMetricDataRequest))]
[JsonSerializable(typeof(PutMetricAlarmRequest))]
[JsonSerializable(typeof(SetAlarmStateRequest))]
[JsonSerializable(typeof(DescribeAlarmsResponse))]
[JsonSerializable(typeof(GetMetricDataResponse))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class CloudWatchJsonContext : JsonSerializerContext;
