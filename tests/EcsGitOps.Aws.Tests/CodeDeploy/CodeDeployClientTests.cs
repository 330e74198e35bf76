using EcsGitOps.Aws.CodeDeploy;
using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.CodeDeploy;

[Collection(MotoCollection.Name)]
public sealed class CodeDeployClientTests(MotoServer moto) : IAsyncLifetime
{
    readonly AwsClients aws = moto.CreateClients();

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        await moto.Cli.RunAsync("deploy", "create-application", "--application-name", "sample", "--compute-platform", "ECS");
        await moto.Cli.RunAsync("deploy", "create-deployment-group", "--application-name", "sample", "--deployment-group-name", "web",
            "--service-role-arn", "arn:aws:iam::123456789012:role/codedeploy", "--deployment-config-name", "CodeDeployDefault.ECSAllAtOnce",
            "--deployment-style", "deploymentType=BLUE_GREEN,deploymentOption=WITH_TRAFFIC_CONTROL", "--ecs-services", "serviceName=web,clusterName=apps");
    }

    public Task DisposeAsync()
    {
        aws.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_deployment_created_with_an_AppSpec_is_read_back_by_both_clients()
    {
        const string appSpec = "version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n";

        var created = await aws.CodeDeploy.CreateDeploymentAsync(new()
        {
            ApplicationName = "sample", DeploymentGroupName = "web", DeploymentConfigName = "CodeDeployDefault.ECSCanary10Percent5Minutes",
            Revision = new RevisionLocation { RevisionType = "AppSpecContent", AppSpecContent = new AppSpecContent { Content = appSpec } },
            AutoRollbackConfiguration = new AutoRollbackConfiguration { Enabled = true, Events = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"] },
        });
        var deployment = (await aws.CodeDeploy.GetDeploymentAsync(new() { DeploymentId = created.DeploymentId! })).DeploymentInfo!;

        // moto never moves a deployment past Created; the states after it are tested against replayed responses.
        Assert.Equal("Created", deployment.Status);
        Assert.Equal(appSpec, deployment.Revision!.AppSpecContent!.Content);
        Assert.NotNull(deployment.CreateTime);
        var cli = await moto.Cli.RunAsync("deploy", "get-deployment", "--deployment-id", created.DeploymentId!);
        Assert.Equal("web", cli.GetProperty("deploymentInfo").GetProperty("deploymentGroupName").GetString());
    }

    [Fact]
    public async Task GetDeploymentGroup_names_the_ECS_service_it_deploys()
    {
        var group = (await aws.CodeDeploy.GetDeploymentGroupAsync(new() { ApplicationName = "sample", DeploymentGroupName = "web" })).DeploymentGroupInfo!;

        Assert.Equal(("web", "apps"), (group.EcsServices![0].ServiceName, group.EcsServices[0].ClusterName));
        Assert.Equal("BLUE_GREEN", group.DeploymentStyle!.DeploymentType);
    }

    [Fact]
    public async Task StopDeployment_on_moto_fails_as_an_unimplemented_operation()
    {
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.CodeDeploy.StopDeploymentAsync(new() { DeploymentId = "d-NOTREAL", AutoRollbackEnabled = true }));

        Assert.Equal(500, error.HttpStatus);
        Assert.Contains("may not implement this operation", error.Message);
    }
}
