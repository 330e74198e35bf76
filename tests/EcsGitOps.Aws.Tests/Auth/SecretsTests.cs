using Amazon.Runtime;
using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.Auth;

public sealed class SecretsTests
{
    const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY";
    const string SessionToken = "FwoGZXIvYXdzEXAMPLESESSIONTOKENVALUE";

    [Fact]
    public void Options_print_neither_credentials_nor_the_environment()
    {
        var options = new AwsOptions
        {
            Region = "us-east-1",
            Credentials = new SessionAWSCredentials("AKIAEXAMPLE", SecretKey, SessionToken),
            EnvironmentVariables = new Dictionary<string, string> { ["AWS_SECRET_ACCESS_KEY"] = SecretKey, ["AWS_SESSION_TOKEN"] = SessionToken },
        };

        var text = options.ToString();

        Assert.Contains("us-east-1", text);
        Assert.DoesNotContain(SecretKey, text);
        Assert.DoesNotContain(SessionToken, text);
    }

    [Fact]
    public async Task Errors_carry_no_secret_key_session_token_or_signature_even_from_a_signed_request()
    {
        using var server = new ReplayServer();
        server.Reply(403, """{"__type":"UnrecognizedClientException","message":"The security token included in the request is invalid."}""");
        using var aws = new AwsClients(server.Options() with { Credentials = new SessionAWSCredentials("AKIAEXAMPLE", SecretKey, SessionToken) });

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.Ecs.DescribeServicesAsync(new() { Services = ["web"] }));

        var sent = Assert.Single(server.Requests);
        var signature = sent.Headers["Authorization"].Split("Signature=")[1];
        Assert.Equal(SessionToken, sent.Headers["X-Amz-Security-Token"]);
        var everything = error.ToString();
        Assert.DoesNotContain(SecretKey, everything);
        Assert.DoesNotContain(SessionToken, everything);
        Assert.DoesNotContain(signature, everything);
    }

    [Fact]
    public void Resolving_the_environment_s_keys_happens_at_the_first_call_and_not_before()
    {
        // No credentials anywhere: building the clients must not fail, so targets that never call AWS still run.
        using var aws = new AwsClients(new AwsOptions { Region = "us-east-1", EndpointUrl = "http://127.0.0.1:9/", Profile = null });

        Assert.Equal("us-east-1", aws.Region);
    }
}
