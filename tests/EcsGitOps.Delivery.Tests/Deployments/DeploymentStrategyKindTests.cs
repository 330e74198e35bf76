using EcsGitOps.Delivery.Deployments;

namespace EcsGitOps.Delivery.Tests.Deployments;

public sealed class DeploymentStrategyKindTests
{
    [Theory]
    [InlineData("codedeploy")]
    [InlineData("ecs")]
    [InlineData("task-set")]
    public void Each_strategy_is_known_by_its_option_value(string value) =>
        Assert.Equal(value, DeploymentStrategyKind.Parse(value).Name);

    [Fact]
    public void An_unknown_strategy_is_refused_with_the_known_ones() =>
        Assert.Equal("--strategy rolling: unknown strategy; use codedeploy, ecs, task-set",
            Assert.Throws<InvalidOptionException>(() => DeploymentStrategyKind.Parse("rolling")).Message);

    [Fact]
    public void Only_a_successful_deployment_is_a_success() =>
        Assert.Equal([true, false, false],
            new[] { DeploymentOutcome.Succeeded(), DeploymentOutcome.RolledBack("alarm"), DeploymentOutcome.Failed("timeout") }
                .Select(outcome => outcome.IsSuccess));

    [Fact]
    public void An_outcome_reads_as_a_sentence() =>
        Assert.Equal("rolled back: alarm web-5xx; stopped tasks: OutOfMemory",
            DeploymentOutcome.RolledBack("alarm web-5xx", "stopped tasks: OutOfMemory").ToString());
}
