using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Infra;

/// <summary>Tests that share one moto_server; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class MotoCollection : ICollectionFixture<MotoServer>
{
    public const string Name = "moto";
}
