using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace EcsGitOps.Aws.Auth;

/// <summary>
/// AssumeRoleWithWebIdentity (GitHub Actions OIDC, EKS) through AWSSDK.SecurityToken, with the STS endpoint and region
/// this tool resolved rather than the process environment the SDK's own provider reads.
/// </summary>
internal sealed class WebIdentityCredentials(string tokenFile, string roleArn, string sessionName, Uri stsEndpoint, string region)
    : RefreshingAWSCredentials
{
    protected override CredentialsRefreshState GenerateNewCredentials() =>
        GenerateNewCredentialsAsync().GetAwaiter().GetResult();

    protected override async Task<CredentialsRefreshState> GenerateNewCredentialsAsync()
    {
        var token = await ReadTokenAsync();
        var config = new AmazonSecurityTokenServiceConfig { ServiceURL = stsEndpoint.ToString(), AuthenticationRegion = region };
        using var sts = new AmazonSecurityTokenServiceClient(new AnonymousAWSCredentials(), config);
        try
        {
            var response = await sts.AssumeRoleWithWebIdentityAsync(new AssumeRoleWithWebIdentityRequest
            {
                RoleArn = roleArn, RoleSessionName = sessionName, WebIdentityToken = token,
            });
            var issued = response.Credentials;
            return new CredentialsRefreshState(
                new ImmutableCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken),
                issued.Expiration ?? DateTime.UtcNow.AddHours(1));
        }
        catch (AmazonSecurityTokenServiceException e)
        {
            // The SDK's message never contains the token; ours names the role so the trust policy can be checked.
            throw new AwsServiceException("STS", "AssumeRoleWithWebIdentity", e.ErrorCode ?? "Unknown",
                $"{e.Message} Check that role {roleArn} trusts this identity provider.", e.RequestId, (int)e.StatusCode, e);
        }
    }

    async Task<string> ReadTokenAsync()
    {
        try
        {
            return (await File.ReadAllTextAsync(tokenFile)).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"Cannot read the web identity token file {tokenFile} (AWS_WEB_IDENTITY_TOKEN_FILE): {e.Message}", e);
        }
    }
}
