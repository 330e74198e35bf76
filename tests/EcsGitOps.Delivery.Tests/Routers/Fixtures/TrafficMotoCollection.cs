namespace EcsGitOps.Delivery.Tests.Routers.Fixtures;

[CollectionDefinition(Name)]
public sealed class TrafficMotoCollection : ICollectionFixture<TrafficMotoServer>
{
    public const string Name = "traffic moto";
}
