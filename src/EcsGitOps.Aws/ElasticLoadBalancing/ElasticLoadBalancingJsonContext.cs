using System.Text.Json;
using System.Text.Json.Serialization;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.ElasticLoadBalancing;

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(AwsTimestampConverter)])]
[JsonSerializable(typeof(DescribeListenersRequest))]
[JsonSerializable(typeof(ModifyListenerRequest))]
[JsonSerializable(typeof(DescribeRulesRequest))]
[JsonSerializable(typeof(ModifyRuleRequest))]
[JsonSerializable(typeof(DescribeTargetHealthRequest))]
[JsonSerializable(typeof(DescribeListenersResponse))]
[JsonSerializable(typeof(ModifyListenerResponse))]
[JsonSerializable(typeof(DescribeRulesResponse))]
[JsonSerializable(typeof(ModifyRuleResponse))]
[JsonSerializable(typeof(DescribeTargetHealthResponse))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ElasticLoadBalancingJsonContext : JsonSerializerContext;
