using System.Collections;

namespace EcsGitOps.Aws.Tests.Auth;

public sealed class RegionTests
{
    static string RegionOf(AwsOptions options)
    {
        using var aws = new AwsClients(options with { EndpointUrl = "http://127.0.0.1:9/" });
        return aws.Region;
    }

    [Fact]
    public void The_region_option_wins_over_the_environment() =>
        Assert.Equal("eu-west-3", RegionOf(new AwsOptions { Region = "eu-west-3" }.WithEnvironment(new Hashtable { ["AWS_REGION"] = "us-west-2" })));

    [Fact]
    public void AWS_REGION_is_read_from_the_variables_the_build_passes_in() =>
        Assert.Equal("us-west-2", RegionOf(new AwsOptions().WithEnvironment(new Hashtable { ["AWS_REGION"] = "us-west-2", ["AWS_DEFAULT_REGION"] = "eu-central-1" })));

    [Fact]
    public void AWS_DEFAULT_REGION_is_the_fallback_variable() =>
        Assert.Equal("eu-central-1", RegionOf(new AwsOptions().WithEnvironment(new Hashtable { ["AWS_DEFAULT_REGION"] = "eu-central-1" })));
}
