using Amazon;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.Tests.Transport;

public sealed class EndpointResolverTests
{
    static Uri Resolve(AwsServiceInfo service, string region = "us-east-1", string? endpointUrl = null, params (string Name, string Value)[] variables) =>
        new EndpointResolver(
            new AwsOptions { EndpointUrl = endpointUrl, EnvironmentVariables = variables.ToDictionary(v => v.Name, v => v.Value) },
            RegionEndpoint.GetBySystemName(region)).Resolve(service);

    [Fact]
    public void Without_configuration_each_service_goes_to_its_public_regional_endpoint()
    {
        Assert.Equal("https://ecs.eu-west-1.amazonaws.com/", Resolve(AwsServiceCatalog.Ecs, "eu-west-1").ToString());
        Assert.Equal("https://api.ecr.eu-west-1.amazonaws.com/", Resolve(AwsServiceCatalog.Ecr, "eu-west-1").ToString());
        Assert.Equal("https://monitoring.cn-north-1.amazonaws.com.cn/", Resolve(AwsServiceCatalog.CloudWatch, "cn-north-1").ToString());
    }

    [Fact]
    public void A_service_specific_variable_wins_over_the_general_one()
    {
        (string, string)[] variables = [("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"), ("AWS_ENDPOINT_URL_APP_MESH", "http://127.0.0.1:5000")];

        Assert.Equal("http://127.0.0.1:5000/", Resolve(AwsServiceCatalog.AppMesh, variables: variables).ToString());
        Assert.Equal("http://127.0.0.1:4566/", Resolve(AwsServiceCatalog.Ecs, variables: variables).ToString());
    }

    [Fact]
    public void The_endpoint_option_overrides_every_variable() =>
        Assert.Equal("http://127.0.0.1:7000/", Resolve(AwsServiceCatalog.Ecs, endpointUrl: "http://127.0.0.1:7000",
            variables: [("AWS_ENDPOINT_URL_ECS", "http://127.0.0.1:5000")]).ToString());

    [Fact]
    public void Configured_endpoint_variables_can_be_ignored_as_the_SDKs_allow() =>
        Assert.Equal("https://ecs.us-east-1.amazonaws.com/", Resolve(AwsServiceCatalog.Ecs,
            variables: [("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")]).ToString());

    [Fact]
    public void An_endpoint_that_is_not_an_http_URL_is_refused_with_an_example() =>
        Assert.Contains("like http://127.0.0.1:5000", Assert.Throws<ArgumentException>(() => Resolve(AwsServiceCatalog.Ecs, endpointUrl: "localhost:5000")).Message);
}
