namespace EcsGitOps.Delivery.LocalCloud;

/// <param name="AwsEndpointUrl">Every AWS service's endpoint (moto routes by the signing name).</param>
/// <param name="RegistryAddress">host:port of the image registry, as used in image references.</param>
public sealed record LocalCloudEndpoints(string AwsEndpointUrl, string RegistryAddress);
