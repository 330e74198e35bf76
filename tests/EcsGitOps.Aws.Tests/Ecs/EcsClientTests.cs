using System.Text.Json.Nodes;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.Ecs;

[Collection(MotoCollection.Name)]
public sealed class EcsClientTests(MotoServer moto) : IAsyncLifetime
{
    readonly AwsClients aws = moto.CreateClients();

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        await moto.Cli.RunAsync("ecs", "create-cluster", "--cluster-name", "apps");
    }

    public Task DisposeAsync()
    {
        aws.Dispose();
        return Task.CompletedTask;
    }

    static RegisterTaskDefinitionRequest SampleApi(string image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/sample@sha256:abc") => new()
    {
        Family = "sample-api",
        NetworkMode = "awsvpc",
        RequiresCompatibilities = ["FARGATE"],
        Cpu = "256",
        Memory = "512",
        ContainerDefinitions =
        [
            new ContainerDefinition
            {
                Name = "app", Image = image, Essential = true,
                PortMappings = [new PortMapping { ContainerPort = 8080, Protocol = "tcp" }],
                Environment = [new NameValuePair { Name = "ASPNETCORE_URLS", Value = "http://+:8080" }],
            },
        ],
        Tags = [new Tag { Key = "app", Value = "sample" }],
    };

    static RegisterTaskDefinitionRequest Bridged() => new()
    {
        Family = "worker",
        ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "repo/worker@sha256:def", Memory = 128 }],
    };

    [Fact]
    public async Task RegisterTaskDefinition_returns_the_new_revision_and_the_AWS_CLI_reads_it_back()
    {
        var registered = await aws.Ecs.RegisterTaskDefinitionAsync(SampleApi());

        Assert.Equal("sample-api", registered.TaskDefinition!.Family);
        Assert.Equal(1, registered.TaskDefinition.Revision);
        Assert.Equal("ACTIVE", registered.TaskDefinition.Status);
        var cli = await moto.Cli.RunAsync("ecs", "describe-task-definition", "--task-definition", "sample-api:1");
        var container = cli.GetProperty("taskDefinition").GetProperty("containerDefinitions")[0];
        Assert.Equal("app", container.GetProperty("name").GetString());
        Assert.Equal(8080, container.GetProperty("portMappings")[0].GetProperty("containerPort").GetInt32());
    }

    [Fact]
    public async Task A_rendered_task_definition_is_registered_as_it_is_with_members_the_typed_records_do_not_know()
    {
        var rendered = JsonNode.Parse("""
            {
              "family": "sample-api",
              "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/sample-api:7",
              "revision": 7,
              "status": "ACTIVE",
              "containerDefinitions": [
                { "name": "app", "image": "repo/app@sha256:abc", "essential": true,
                  "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/sample" } },
                  "readonlyRootFilesystem": true }
              ],
              "volumes": [ { "name": "tmp" } ],
              "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512"
            }
            """)!.AsObject();

        var registered = await aws.Ecs.RegisterTaskDefinitionAsync(rendered);
        var described = await aws.Ecs.DescribeTaskDefinitionAsync(new() { TaskDefinition = registered.TaskDefinition!.TaskDefinitionArn! });

        Assert.Equal(1, registered.TaskDefinition.Revision);
        var raw = described.RawTaskDefinition!;
        Assert.Equal("awslogs", raw["containerDefinitions"]![0]!["logConfiguration"]!["logDriver"]!.GetValue<string>());
        Assert.True(raw["containerDefinitions"]![0]!["readonlyRootFilesystem"]!.GetValue<bool>());
        Assert.Equal("tmp", raw["volumes"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("repo/app@sha256:abc", described.TaskDefinition!.ContainerDefinitions![0].Image);
    }

    [Fact]
    public async Task DeregisterTaskDefinition_leaves_the_revision_inactive()
    {
        var arn = (await aws.Ecs.RegisterTaskDefinitionAsync(SampleApi())).TaskDefinition!.TaskDefinitionArn!;

        var deregistered = await aws.Ecs.DeregisterTaskDefinitionAsync(new() { TaskDefinition = arn });

        Assert.Equal("INACTIVE", deregistered.TaskDefinition!.Status);
    }

    [Fact]
    public async Task CreateService_makes_an_EXTERNAL_service_with_no_task_definition_that_the_AWS_CLI_describes()
    {
        await aws.Ecs.CreateServiceAsync(new()
        {
            Cluster = "apps", ServiceName = "web", DesiredCount = 2, PropagateTags = "SERVICE",
            DeploymentController = new DeploymentController { Type = "EXTERNAL" },
            Tags = [new Tag { Key = "app", Value = "sample" }],
        });

        var described = (await moto.Cli.RunAsync("ecs", "describe-services", "--cluster", "apps", "--services", "web"))
            .GetProperty("services")[0];
        Assert.Equal(("ACTIVE", "EXTERNAL", 2), (described.GetProperty("status").GetString(),
            described.GetProperty("deploymentController").GetProperty("type").GetString(), described.GetProperty("desiredCount").GetInt32()));
        Assert.False(described.TryGetProperty("taskDefinition", out var definition) && definition.GetString() is { Length: > 0 });
    }

    [Fact]
    public async Task DescribeServices_and_UpdateService_read_and_change_a_service_the_AWS_CLI_created()
    {
        var arn = (await aws.Ecs.RegisterTaskDefinitionAsync(SampleApi())).TaskDefinition!.TaskDefinitionArn!;
        await moto.Cli.RunAsync("ecs", "create-service", "--cluster", "apps", "--service-name", "web", "--task-definition", arn, "--desired-count", "1");

        var updated = await aws.Ecs.UpdateServiceAsync(new() { Cluster = "apps", Service = "web", DesiredCount = 3 });
        var described = await aws.Ecs.DescribeServicesAsync(new() { Cluster = "apps", Services = ["web", "missing"] });

        Assert.Equal(3, updated.Service!.DesiredCount);
        var service = Assert.Single(described.Services!);
        Assert.Equal("web", service.ServiceName);
        Assert.Equal(3, service.DesiredCount);
        Assert.Equal(arn, service.TaskDefinition);
        Assert.Equal("MISSING", Assert.Single(described.Failures!).Reason);
        var cli = await moto.Cli.RunAsync("ecs", "describe-services", "--cluster", "apps", "--services", "web");
        Assert.Equal(3, cli.GetProperty("services")[0].GetProperty("desiredCount").GetInt32());
    }

    [Fact]
    public async Task Updating_a_service_that_does_not_exist_names_the_operation_and_the_error_code()
    {
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.Ecs.UpdateServiceAsync(new() { Cluster = "apps", Service = "nope", DesiredCount = 1 }));

        Assert.Equal("ServiceNotFoundException", error.ErrorCode);
        Assert.Equal(400, error.HttpStatus);
        Assert.NotNull(error.RequestId);
        Assert.StartsWith("ECS UpdateService failed: ServiceNotFoundException: Service not found.", error.Message);
    }

    [Fact]
    public async Task Task_sets_of_an_external_service_are_created_scaled_made_primary_and_deleted()
    {
        // moto 5.2.1 fails task sets and tasks that carry an awsvpc network configuration, so these run without one.
        var arn = (await aws.Ecs.RegisterTaskDefinitionAsync(Bridged())).TaskDefinition!.TaskDefinitionArn!;
        await moto.Cli.RunAsync("ecs", "create-service", "--cluster", "apps", "--service-name", "web", "--desired-count", "2",
            "--deployment-controller", "type=EXTERNAL");

        var created = await aws.Ecs.CreateTaskSetAsync(new()
        {
            Cluster = "apps", Service = "web", TaskDefinition = arn, ExternalId = "green", LaunchType = "FARGATE",
            Scale = new Scale { Value = 100, Unit = "PERCENT" },
        });
        var taskSetArn = created.TaskSet!.TaskSetArn!;
        var scaled = await aws.Ecs.UpdateTaskSetAsync(new() { Cluster = "apps", Service = "web", TaskSet = taskSetArn, Scale = new Scale { Value = 50, Unit = "PERCENT" } });
        var primary = await aws.Ecs.UpdateServicePrimaryTaskSetAsync(new() { Cluster = "apps", Service = "web", PrimaryTaskSet = taskSetArn });
        var described = await aws.Ecs.DescribeTaskSetsAsync(new() { Cluster = "apps", Service = "web", TaskSets = [taskSetArn] });
        var deleted = await aws.Ecs.DeleteTaskSetAsync(new() { Cluster = "apps", Service = "web", TaskSet = taskSetArn, Force = true });

        Assert.Equal("green", created.TaskSet.ExternalId);
        Assert.Equal(50, scaled.TaskSet!.Scale!.Value);
        Assert.Equal("PRIMARY", primary.TaskSet!.Status);
        Assert.Equal(taskSetArn, Assert.Single(described.TaskSets!).TaskSetArn);
        Assert.Equal(taskSetArn, deleted.TaskSet!.TaskSetArn);
    }

    [Fact]
    public async Task Tags_put_on_a_cluster_are_listed_back()
    {
        var cluster = (await moto.Cli.RunAsync("ecs", "describe-clusters", "--clusters", "apps")).GetProperty("clusters")[0].GetProperty("clusterArn").GetString()!;

        await aws.Ecs.TagResourceAsync(new() { ResourceArn = cluster, Tags = [new Tag { Key = "deployment", Value = "d-1" }] });
        var tags = await aws.Ecs.ListTagsForResourceAsync(new() { ResourceArn = cluster });

        Assert.Contains(tags.Tags!, t => t is { Key: "deployment", Value: "d-1" });
    }

    [Fact]
    public async Task ListTasks_and_DescribeTasks_follow_tasks_started_by_the_AWS_CLI()
    {
        var arn = (await aws.Ecs.RegisterTaskDefinitionAsync(Bridged())).TaskDefinition!.TaskDefinitionArn!;
        await moto.Cli.RunAsync("ecs", "run-task", "--cluster", "apps", "--task-definition", arn, "--count", "3", "--launch-type", "FARGATE",
            "--started-by", "tests");

        var taskArns = new List<string>();
        await foreach (var task in aws.Ecs.ListAllTasksAsync(new() { Cluster = "apps", StartedBy = "tests", MaxResults = 2 }))
            taskArns.Add(task);
        var described = await aws.Ecs.DescribeTasksAsync(new() { Cluster = "apps", Tasks = taskArns });

        Assert.Equal(3, taskArns.Distinct().Count());
        Assert.All(described.Tasks!, t => Assert.Equal(arn, t.TaskDefinitionArn));
    }
}
