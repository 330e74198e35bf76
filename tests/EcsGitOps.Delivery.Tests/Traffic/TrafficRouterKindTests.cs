using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Tests.Traffic;

public sealed class TrafficRouterKindTests
{
    [Theory]
    [InlineData("appmesh")]
    [InlineData("AppMesh")]
    public void App_Mesh_is_named_appmesh(string value) => Assert.Same(TrafficRouterKind.AppMesh, TrafficRouterKind.Parse(value));

    [Fact]
    public void The_load_balancer_router_is_named_alb() => Assert.Same(TrafficRouterKind.Alb, TrafficRouterKind.Parse("alb"));

    [Fact]
    public void An_unknown_router_is_refused_with_the_known_ones() =>
        Assert.Equal("--router istio: unknown router; use appmesh or alb",
            Assert.Throws<InvalidOptionException>(() => TrafficRouterKind.Parse("istio")).Message);
}
