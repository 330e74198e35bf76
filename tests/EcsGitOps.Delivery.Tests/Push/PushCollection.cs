using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>The push tests share one moto_server and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PushCollection : ICollectionFixture<MotoServer>
{
    public const string Name = "push";
}
