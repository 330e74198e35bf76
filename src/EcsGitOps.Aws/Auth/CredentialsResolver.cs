using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.Auth;

/// <summary>
/// Explicit credentials, then the environment (keys, then web identity), then a named profile, then the SDK's default
/// chain (profiles, container and instance metadata).
/// </summary>
internal static class CredentialsResolver
{
    public static AWSCredentials Resolve(AwsOptions options, RegionEndpoint region, EndpointResolver endpoints) =>
        options.Credentials ?? new DeferredCredentials(() => FromEnvironment(options, region, endpoints) ?? FromProfile(options) ?? FromDefaultChain());

    static AWSCredentials? FromEnvironment(AwsOptions options, RegionEndpoint region, EndpointResolver endpoints)
    {
        var accessKey = options.Variable("AWS_ACCESS_KEY_ID");
        var secretKey = options.Variable("AWS_SECRET_ACCESS_KEY");
        if (accessKey is not null && secretKey is not null)
        {
            var token = options.Variable("AWS_SESSION_TOKEN");
            return token is null ? new BasicAWSCredentials(accessKey, secretKey) : new SessionAWSCredentials(accessKey, secretKey, token);
        }

        var tokenFile = options.Variable("AWS_WEB_IDENTITY_TOKEN_FILE");
        var roleArn = options.Variable("AWS_ROLE_ARN");
        if (tokenFile is null || roleArn is null)
            return null;
        var sessionName = options.Variable("AWS_ROLE_SESSION_NAME") ?? "ecsgitops";
        return new WebIdentityCredentials(tokenFile, roleArn, sessionName, endpoints.Resolve(AwsServiceCatalog.Sts), region.SystemName);
    }

    static AWSCredentials? FromProfile(AwsOptions options)
    {
        var profile = options.Profile ?? options.Variable("AWS_PROFILE");
        if (profile is null)
            return null;
        return new CredentialProfileStoreChain().TryGetAWSCredentials(profile, out var credentials)
            ? credentials
            : throw new InvalidOperationException(
                $"AWS profile '{profile}' was not found in ~/.aws/credentials or ~/.aws/config: create it or pass another --aws-profile.");
    }

    static AWSCredentials FromDefaultChain()
    {
        try
        {
            // Not disposed: the credentials it returns may refresh through it for the life of the process.
            return new DefaultAWSCredentialsIdentityResolver().ResolveIdentity(null!);
        }
        catch (AmazonClientException e)
        {
            throw new InvalidOperationException(
                "No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN.", e);
        }
    }
}
