using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;

namespace EcsGitOps.Aws.Auth;

/// <summary>The region from the options, then AWS_REGION / AWS_DEFAULT_REGION, the profile, then the SDK's fallback chain.</summary>
internal static class RegionResolver
{
    public static RegionEndpoint Resolve(AwsOptions options)
    {
        var name = options.Region ?? options.Variable("AWS_REGION") ?? options.Variable("AWS_DEFAULT_REGION") ?? ProfileRegion(options);
        if (name is not null)
            return RegionEndpoint.GetBySystemName(name);
        try
        {
            return FallbackRegionFactory.GetRegionEndpoint() ?? throw NoRegion();
        }
        catch (AmazonClientException)
        {
            throw NoRegion();
        }
    }

    static string? ProfileRegion(AwsOptions options)
    {
        var profile = options.Profile ?? options.Variable("AWS_PROFILE");
        return profile is not null && new CredentialProfileStoreChain().TryGetProfile(profile, out var found) ? found.Region?.SystemName : null;
    }

    static InvalidOperationException NoRegion() =>
        new("No AWS region configured: pass --aws-region, or set AWS_REGION, or a region in the AWS profile.");
}
