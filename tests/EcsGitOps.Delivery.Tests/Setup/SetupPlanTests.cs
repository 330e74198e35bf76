using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Setup;

namespace EcsGitOps.Delivery.Tests.Setup;

public sealed class SetupPlanTests
{
    const string Endpoint = DockerEngine.DefaultEndpoint;

    // A fresh Debian machine of this project's kind, as root: no engine, no registry.
    static readonly MachineFacts Fresh = new(IsLinux: true, EngineAnswers: false, EndpointIsLocal: true, HasDockerd: false, HasRegistry: false,
        Elevation.Root, HasApt: true);

    static readonly MachineFacts Ready = Fresh with { EngineAnswers = true, HasDockerd = true, HasRegistry = true };

    [Fact]
    public void A_fresh_Debian_machine_as_root_gets_the_engine_and_registry_installed_and_the_engine_started()
    {
        var plan = SetupPlan.For(Fresh, Endpoint, registryRequired: true);

        Assert.Equal(["docker.io", "docker-registry"], plan.Packages);
        Assert.True(plan.StartEngine);
        Assert.Null(plan.Refusal);
    }

    [Fact]
    public void Passwordless_sudo_installs_as_root_does()
    {
        var plan = SetupPlan.For(Fresh with { Elevation = Elevation.Sudo }, Endpoint, registryRequired: true);

        Assert.Equal(["docker.io", "docker-registry"], plan.Packages);
        Assert.True(plan.StartEngine);
    }

    [Fact]
    public void An_engine_that_answers_is_never_touched()
    {
        var plan = SetupPlan.For(Ready with { HasDockerd = false, Elevation = Elevation.None, HasApt = false, IsLinux = false }, Endpoint, registryRequired: true);

        Assert.True(plan.IsNothingToDo);
    }

    [Fact]
    public void An_installed_engine_that_is_not_running_is_started_without_installing_it_again()
    {
        var plan = SetupPlan.For(Ready with { EngineAnswers = false }, Endpoint, registryRequired: true);

        Assert.Equal((0, true), (plan.Packages.Count, plan.StartEngine));
    }

    [Fact]
    public void Without_root_or_sudo_the_refusal_says_the_commands_to_run()
    {
        var plan = SetupPlan.For(Fresh with { Elevation = Elevation.None }, Endpoint, registryRequired: true);

        Assert.Equal("Docker engine not reachable at unix:///var/run/docker.sock and not installed: run " +
            "`sudo apt-get install -y docker.io docker-registry && sudo dockerd --iptables=false --ip6tables=false --bridge=none &`, or run the build as root.",
            plan.Refusal);
        Assert.Empty(plan.Packages);
    }

    [Fact]
    public void An_installed_engine_without_root_is_to_be_started_by_the_user()
    {
        var plan = SetupPlan.For(Fresh with { Elevation = Elevation.None, HasDockerd = true }, Endpoint, registryRequired: true);

        Assert.Contains("`sudo systemctl start docker`", plan.Refusal);
    }

    [Fact]
    public void A_remote_engine_that_does_not_answer_is_never_replaced_by_a_local_one()
    {
        var plan = SetupPlan.For(Fresh with { EndpointIsLocal = false }, "tcp://10.0.0.5:2376", registryRequired: true);

        Assert.Equal("Docker engine not reachable at tcp://10.0.0.5:2376: start the engine there, or leave out --docker-host and DOCKER_HOST to use this machine's.",
            plan.Refusal);
    }

    [Fact]
    public void A_machine_without_apt_is_told_where_to_get_Docker()
    {
        var plan = SetupPlan.For(Fresh with { HasApt = false }, Endpoint, registryRequired: true);

        Assert.Contains("https://docs.docker.com/engine/install/", plan.Refusal);
        Assert.False(plan.StartEngine);
    }

    [Fact]
    public void A_Mac_is_told_to_start_Docker_Desktop()
    {
        var plan = SetupPlan.For(Fresh with { IsLinux = false, HasApt = false }, Endpoint, registryRequired: true);

        Assert.StartsWith("Docker engine not reachable at unix:///var/run/docker.sock: start Docker Desktop", plan.Refusal);
    }

    [Fact]
    public void A_running_engine_without_a_registry_gets_only_the_registry()
    {
        var plan = SetupPlan.For(Ready with { HasRegistry = false }, Endpoint, registryRequired: true);

        Assert.Equal(["docker-registry"], plan.Packages);
        Assert.False(plan.StartEngine);
    }

    [Fact]
    public void A_missing_registry_that_cannot_be_installed_stops_the_local_cloud_and_only_warns_elsewhere()
    {
        var facts = Ready with { HasRegistry = false, Elevation = Elevation.None };

        var local = SetupPlan.For(facts, Endpoint, registryRequired: true);
        var elsewhere = SetupPlan.For(facts, Endpoint, registryRequired: false);

        Assert.StartsWith("docker-registry not found on PATH: the local cloud serves images from it. Run `sudo apt-get install -y docker-registry`", local.Refusal);
        Assert.Null(elsewhere.Refusal);
        Assert.StartsWith("docker-registry not found on PATH: the tests that push to a registry are skipped", elsewhere.Warning);
    }

    [Theory]
    [InlineData("ID=debian\nVERSION_ID=\"12\"\n", true)]
    [InlineData("ID=ubuntu\nID_LIKE=debian\n", true)]
    [InlineData("ID=linuxmint\nID_LIKE=\"ubuntu debian\"\n", true)]
    [InlineData("ID=fedora\nID_LIKE=\"rhel centos\"\n", false)]
    [InlineData("NAME=\"Debian GNU/Linux\"\n", false)]
    public void Debian_and_its_derivatives_are_recognised_from_os_release(string osRelease, bool expected) =>
        Assert.Equal(expected, MachineSetup.IsDebianLike(osRelease));
}
