using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.Auth;

[Collection(MotoCollection.Name)]
public sealed class WebIdentityTests(MotoServer moto) : IDisposable
{
    readonly string tokenFile = Path.Combine(Path.GetTempPath(), $"web-identity-{Guid.NewGuid():N}.jwt");

    public void Dispose() => File.Delete(tokenFile);

    AwsOptions FromEnvironment(Dictionary<string, string> variables) => new()
    {
        Region = "us-east-1", EndpointUrl = moto.Url.ToString(), EnvironmentVariables = variables, Retry = Retry.AwsRetryOptions.Immediate,
    };

    [Fact]
    public async Task A_web_identity_token_file_and_role_in_the_environment_assume_that_role_through_STS()
    {
        await File.WriteAllTextAsync(tokenFile, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmV4YW1wbGUvYXBwOnJlZjpyZWZzL2hlYWRzL21haW4ifQ.c2lnbmF0dXJl");
        using var aws = new AwsClients(FromEnvironment(new()
        {
            ["AWS_WEB_IDENTITY_TOKEN_FILE"] = tokenFile,
            ["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/github-deploy",
            ["AWS_ROLE_SESSION_NAME"] = "gha-run-42",
        }));

        var identity = await aws.Sts.GetCallerIdentityAsync();

        Assert.Equal("arn:aws:sts::123456789012:assumed-role/github-deploy/gha-run-42", identity.Arn);
    }

    [Fact]
    public async Task An_unreadable_token_file_names_the_file_and_the_variable()
    {
        using var aws = new AwsClients(FromEnvironment(new()
        {
            ["AWS_WEB_IDENTITY_TOKEN_FILE"] = tokenFile,
            ["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/github-deploy",
        }));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => aws.Sts.GetCallerIdentityAsync());

        Assert.Contains(tokenFile, error.Message);
        Assert.Contains("AWS_WEB_IDENTITY_TOKEN_FILE", error.Message);
    }

    [Fact]
    public async Task Access_keys_in_the_environment_are_used_before_a_web_identity()
    {
        using var aws = new AwsClients(FromEnvironment(new()
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIAENVIRONMENT01",
            ["AWS_SECRET_ACCESS_KEY"] = "environment-secret",
            ["AWS_WEB_IDENTITY_TOKEN_FILE"] = tokenFile,
            ["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/github-deploy",
        }));

        var identity = await aws.Sts.GetCallerIdentityAsync();

        Assert.Equal("123456789012", identity.Account);
        Assert.DoesNotContain("assumed-role", identity.Arn);
    }
}
