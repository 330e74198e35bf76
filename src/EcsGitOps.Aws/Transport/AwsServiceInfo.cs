namespace EcsGitOps.Aws.Transport;

/// <param name="Name">How messages name the service (ECS, CloudFormation).</param>
/// <param name="EndpointId">The SDKs' service id as in AWS_ENDPOINT_URL_&lt;EndpointId&gt;.</param>
/// <param name="SigningName">The SigV4 service name; moto also routes on it.</param>
/// <param name="EndpointPrefix">The host prefix of the public endpoint.</param>
/// <param name="ApiVersion">The query protocol's Version parameter.</param>
/// <param name="TargetPrefix">The JSON protocols' X-Amz-Target prefix.</param>
internal sealed record AwsServiceInfo(
    string Name, string EndpointId, string SigningName, string EndpointPrefix, string ApiVersion, string? TargetPrefix = null);
