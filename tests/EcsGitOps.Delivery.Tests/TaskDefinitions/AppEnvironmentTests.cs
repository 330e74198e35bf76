using System.Text.Json.Nodes;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.TaskDefinitions;

namespace EcsGitOps.Delivery.Tests.TaskDefinitions;

public sealed class AppEnvironmentTests
{
    static JsonObject TaskDefinition() => JsonNode.Parse("""
        { "family": "sample-api", "containerDefinitions": [
          { "name": "envoy", "environment": [] },
          { "name": "app", "environment": [ { "name": "PORT", "value": "8080" } ], "secrets": [ { "name": "APP_API_KEY", "valueFrom": "arn" } ] } ] }
        """)!.AsObject();

    [Fact]
    public void Variables_are_added_to_the_app_container_and_override_the_templates_values()
    {
        var environment = AppEnvironment.Parse(["FAILURE_RATE=1", "PORT=9090", "EMPTY="]);

        var rendered = AppEnvironment.Apply(TaskDefinition(), "app", environment);

        var app = rendered["containerDefinitions"]![1]!["environment"]!.AsArray().Select(v => $"{v!["name"]}={v["value"]}");
        Assert.Equal(["PORT=9090", "FAILURE_RATE=1", "EMPTY="], app);
        Assert.Empty(rendered["containerDefinitions"]![0]!["environment"]!.AsArray());
    }

    [Theory]
    [InlineData("FAILURE_RATE")]
    [InlineData("=1")]
    [InlineData("1ST=a")]
    [InlineData("A-B=c")]
    public void A_pair_that_is_not_NAME_VALUE_is_refused_in_one_line(string pair)
    {
        var error = Assert.Throws<InvalidOptionException>(() => AppEnvironment.Parse([pair]));

        Assert.Equal($"--app-env {pair}: expected NAME=VALUE with a name of letters, digits and _, e.g. FAILURE_RATE=0.5", error.Message);
    }

    [Fact]
    public void A_name_the_container_takes_as_a_secret_is_refused()
    {
        var error = Assert.Throws<InvalidOptionException>(() => AppEnvironment.Apply(TaskDefinition(), "app", AppEnvironment.Parse(["APP_API_KEY=x"])));

        Assert.Contains("is a secret of container app", error.Message);
    }

    [Fact]
    public void A_value_may_hold_an_equals_sign()
    {
        Assert.Equal("a=b", AppEnvironment.Parse(["QUERY=a=b"])["QUERY"]);
    }
}
