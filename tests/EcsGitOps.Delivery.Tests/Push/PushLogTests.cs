using Docker.DotNet.Models;
using EcsGitOps.Delivery.Registry;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>Reading the engine's push messages, as the engine sends them (captured from docker 20.10 pushing to docker-registry).</summary>
public sealed class PushLogTests
{
    private const string Digest = "sha256:20e78a88d31ff82fc2c5e0692037837026553d1f74ec6ebd447491e29e9254f2";
    private readonly List<string> _output = [];

    private PushLog Log(RegistryCredentials? credentials = null) => new(line => _output.Add(line), credentials);

    [Fact]
    public void The_digest_is_taken_from_the_status_line_and_progress_bars_are_dropped()
    {
        var log = Log();

        log.Report(new JSONMessage { Status = "The push refers to repository [127.0.0.1:44999/exp/base]" });
        log.Report(new JSONMessage { Status = "Preparing", ID = "787d41450340" });
        log.Report(new JSONMessage { Status = "Pushing", ID = "787d41450340", ProgressMessage = "[=====>    ]  328.2kB/3.053MB" });
        log.Report(new JSONMessage { Status = "Pushed", ID = "787d41450340" });
        log.Report(new JSONMessage { Status = $"t1: digest: {Digest} size: 527" });

        Assert.Equal(Digest, log.Digest);
        Assert.Null(log.Error);
        Assert.Equal(["The push refers to repository [127.0.0.1:44999/exp/base]", "787d41450340: Preparing", "787d41450340: Pushed", $"t1: digest: {Digest} size: 527"], _output);
    }

    [Fact]
    public void The_digest_is_taken_from_the_aux_message_alone()
    {
        var log = Log();

        log.Report(new JSONMessage { Aux = new ObjectExtensionData { ExtensionData = new Dictionary<string, object> { ["Tag"] = "t1", ["Digest"] = Digest, ["Size"] = 527 } } });

        Assert.Equal(Digest, log.Digest);
    }

    [Fact]
    public void An_error_is_kept_on_one_line_with_any_password_masked()
    {
        var log = Log(new RegistryCredentials("ci", "s3cret-value"));

        log.Report(new JSONMessage { Error = new JSONError { Message = "denied: user ci with s3cret-value\nmay not push" }, ErrorMessage = "denied" });

        Assert.Equal("denied: user ci with *** may not push", log.Error);
        Assert.Null(log.Digest);
        Assert.DoesNotContain(_output, line => line.Contains("s3cret-value", StringComparison.Ordinal));
    }

    [Fact]
    public void Credentials_never_print_their_password()
    {
        var login = new RegistryLogin("127.0.0.1:5000", new RegistryCredentials("AWS", "token-password-value"));

        Assert.DoesNotContain("token-password-value", login.ToString());
        Assert.Contains("Password = ***", login.ToString());
    }
}
