using System.Text.Json;
using System.Text.Json.Serialization;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.Ecr;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(AwsTimestampConverter)])]
[JsonSerializable(typeof(CreateRepositoryRequest))]
[JsonSerializable(typeof(DescribeRepositoriesRequest))]
[JsonSerializable(typeof(DescribeImagesRequest))]
[JsonSerializable(typeof(BatchGetImageRequest))]
[JsonSerializable(typeof(PutImageRequest))]
[JsonSerializable(typeof(GetAuthorizationTokenRequest))]
[JsonSerializable(typeof(PutImageScanningConfigurationRequest))]
[JsonSerializable(typeof(StartImageScanRequest))]
[JsonSerializable(typeof(DescribeImageScanFindingsRequest))]
[JsonSerializable(typeof(CreateRepositoryResponse))]
[JsonSerializable(typeof(DescribeRepositoriesResponse))]
[JsonSerializable(typeof(DescribeImagesResponse))]
[JsonSerializable(typeof(BatchGetImageResponse))]
[JsonSerializable(typeof(PutImageResponse))]
[JsonSerializable(typeof(GetAuthorizationTokenResponse))]
[JsonSerializable(typeof(PutImageScanningConfigurationResponse))]
[JsonSerializable(typeof(StartImageScanResponse))]
[JsonSerializable(typeof(DescribeImageScanFindingsResponse))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class EcrJsonContext : JsonSerializerContext;
