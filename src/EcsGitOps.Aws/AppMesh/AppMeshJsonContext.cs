using System.Text.Json;
using System.Text.Json.Serialization;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.AppMesh;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(AwsTimestampConverter)])]
[JsonSerializable(typeof(DescribeRouteRequest))]
[JsonSerializable(typeof(UpdateRouteRequest))]
[JsonSerializable(typeof(DescribeVirtualNodeRequest))]
[JsonSerializable(typeof(CreateMeshRequest))]
[JsonSerializable(typeof(CreateVirtualNodeRequest))]
[JsonSerializable(typeof(CreateVirtualRouterRequest))]
[JsonSerializable(typeof(CreateRouteRequest))]
[JsonSerializable(typeof(CreateVirtualServiceRequest))]
[JsonSerializable(typeof(DescribeRouteResponse))]
[JsonSerializable(typeof(UpdateRouteResponse))]
[JsonSerializable(typeof(DescribeVirtualNodeResponse))]
[JsonSerializable(typeof(CreateMeshResponse))]
[JsonSerializable(typeof(CreateVirtualNodeResponse))]
[JsonSerializable(typeof(CreateVirtualRouterResponse))]
[JsonSerializable(typeof(CreateRouteResponse))]
[JsonSerializable(typeof(CreateVirtualServiceResponse))]
[JsonSerializable(typeof(MeshData))]
[JsonSerializable(typeof(RouteData))]
[JsonSerializable(typeof(VirtualNodeData))]
[JsonSerializable(typeof(VirtualRouterData))]
[JsonSerializable(typeof(VirtualServiceData))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class AppMeshJsonContext : JsonSerializerContext;
