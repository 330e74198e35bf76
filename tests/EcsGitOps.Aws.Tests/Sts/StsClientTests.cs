using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.Sts;

[Collection(MotoCollection.Name)]
public sealed class StsClientTests(MotoServer moto)
{
    [Fact]
    public async Task GetCallerIdentity_names_the_account_the_AWS_CLI_also_sees()
    {
        using var aws = moto.CreateClients();

        var identity = await aws.Sts.GetCallerIdentityAsync();

        var cli = await moto.Cli.RunAsync("sts", "get-caller-identity");
        Assert.Equal("123456789012", identity.Account);
        Assert.Equal(cli.GetProperty("Account").GetString(), identity.Account);
        Assert.Equal(cli.GetProperty("Arn").GetString(), identity.Arn);
    }
}
