namespace EcsGitOps.Delivery.Tests.Images;

/// <summary>Tests that publish the sample app share its obj/ folder, so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SampleAppPublishing
{
    public const string Name = "Sample app publishing";
}
