using EcsGitOps.Delivery.LocalCloud.Seeding;
using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.LocalCloud.Seeding;

[Collection(MotoCollection.Name)]
public sealed class LocalCloudSeederTests(MotoServer moto) : IDisposable
{
    readonly SeedingCloud cloud = new(moto);
    readonly TempDirectory directory = new();

    // The stacks of infra/stacks.json in deployment order, with the parameters DeployInfra gives them locally.
    SeedingStack[] Manifest(string deploymentController) =>
    [
        cloud.Stack("cluster", "cluster.yaml"),
        cloud.Mesh,
        cloud.Stack("service", "service.yaml",
            ("DeploymentController", deploymentController), ("InitialImage", "127.0.0.1:5000/sample-api@sha256:" + new string('b', 64))),
        cloud.Monitoring,
        cloud.Stack("pipeline", "pipeline.yaml",
            ("ConnectionArn", "arn:aws:codeconnections:us-east-1:123456789012:connection/abc"), ("FullRepositoryId", "example/ecsgitops")),
        cloud.Stack("github-oidc", "github-oidc.yaml", ("GitHubOwner", "example"), ("GitHubRepository", "ecsgitops")),
    ];

    [Fact]
    public async Task With_the_codedeploy_controller_the_application_and_deployment_group_are_reported_as_not_seeded()
    {
        var summary = await cloud.SeedAsync(Manifest("CODE_DEPLOY"));

        Assert.Equal(
            [("CodeDeployApplication", "AWS::CodeDeploy::Application"), ("DeploymentGroup", "AWS::CodeDeploy::DeploymentGroup")],
            summary.NotSeeded.Where(r => r.Stack == "service").Select(r => (r.LogicalId, r.Type)));
        Assert.All(summary.NotSeeded.Where(r => r.Stack == "service"), r => Assert.Equal("not needed by the task-set strategy", r.Reason));
        Assert.DoesNotContain(summary.Resources, r => r.LogicalId == "Service");
    }

    [Fact]
    public async Task Sub_getatt_if_select_split_and_findinmap_resolve_from_parameters_pseudo_parameters_and_seeded_resources()
    {
        var stack = Template("resolution.yaml", """
            Parameters:
              Colour: {Type: String}
              Zones: {Type: CommaDelimitedList, Default: "a,b,c"}
            Conditions:
              IsBlue: !Equals [!Ref Colour, blue]
            Mappings:
              Thresholds:
                blue: {Max: "7"}
            Resources:
              Mesh:
                Type: AWS::AppMesh::Mesh
                Properties:
                  MeshName: !Sub "${AWS::StackName}-mesh"
              Alarm:
                Type: AWS::CloudWatch::Alarm
                Properties:
                  AlarmName: !Join ["-", [!Ref "AWS::StackName", !Select [1, !Ref Zones], !Select [0, !Split ["/", "x/y"]]]]
                  AlarmDescription: !Sub "${Mesh.MeshName} in ${AWS::Region} of ${AWS::AccountId} (${AWS::Partition}): ${Mesh}"
                  Namespace: !If [IsBlue, Blue/Metrics, Green/Metrics]
                  MetricName: Errors
                  Statistic: Sum
                  Period: 60
                  EvaluationPeriods: 1
                  Threshold: !FindInMap [Thresholds, !Ref Colour, Max]
                  ComparisonOperator: GreaterThanThreshold
                  ActionsEnabled: false
                  Unit: !If [IsBlue, !Ref "AWS::NoValue", Count]
            """, ("Colour", "blue"));

        var summary = await cloud.SeedAsync(stack);

        var name = $"{stack.StackName}-b-x";
        Assert.Equal(["Mesh", "Alarm"], summary.Created.Select(r => r.LogicalId));
        var alarm = Assert.Single((await cloud.Aws.CloudWatch.DescribeAlarmsAsync(new() { AlarmNames = [name] })).MetricAlarms!);
        var meshArn = (await cloud.Aws.AppMesh.DescribeMeshAsync(new() { MeshName = $"{stack.StackName}-mesh" })).Mesh!.Metadata!.Arn;
        Assert.Equal($"{stack.StackName}-mesh in us-east-1 of 123456789012 (aws): {meshArn}", alarm.AlarmDescription);
        Assert.Equal(("Blue/Metrics", 7.0, false), (alarm.Namespace, alarm.Threshold, alarm.ActionsEnabled));
        Assert.Null(alarm.Unit);
    }

    [Fact]
    public async Task Resources_a_template_leaves_unnamed_are_named_after_stack_and_logical_id_and_found_again()
    {
        var stack = Template("unnamed.yaml", """
            Resources:
              Mesh:
                Type: AWS::AppMesh::Mesh
              Router:
                Type: AWS::AppMesh::VirtualRouter
                Properties:
                  MeshName: !GetAtt Mesh.MeshName
                  Spec:
                    Listeners: [{PortMapping: {Port: 8080, Protocol: http}}]
            """);

        var first = await cloud.SeedAsync(stack);
        var second = await cloud.SeedAsync(stack);

        Assert.Equal([$"{stack.StackName}-Mesh", $"{stack.StackName}-Router"], first.Created.Select(r => r.Name));
        Assert.Equal([$"{stack.StackName}-Mesh", $"{stack.StackName}-Router"], second.AlreadySeeded.Select(r => r.Name));
    }

    [Fact]
    public async Task References_order_creation_even_against_the_template_order()
    {
        var stack = Template("reversed.yaml", """
            Resources:
              Route:
                Type: AWS::AppMesh::Route
                Properties:
                  MeshName: !GetAtt Mesh.MeshName
                  VirtualRouterName: !GetAtt Router.VirtualRouterName
                  RouteName: all
                  Spec:
                    HttpRoute:
                      Match: {Prefix: /}
                      Action: {WeightedTargets: [{VirtualNode: !GetAtt Node.VirtualNodeName, Weight: 1}]}
              Node:
                Type: AWS::AppMesh::VirtualNode
                Properties:
                  MeshName: !GetAtt Mesh.MeshName
                  VirtualNodeName: node
                  Spec: {}
              Router:
                Type: AWS::AppMesh::VirtualRouter
                DependsOn: Node
                Properties:
                  MeshName: !GetAtt Mesh.MeshName
                  VirtualRouterName: router
                  Spec: {Listeners: [{PortMapping: {Port: 80, Protocol: http}}]}
              Mesh:
                Type: AWS::AppMesh::Mesh
                Properties: {MeshName: !Sub "${AWS::StackName}"}
            """);

        var summary = await cloud.SeedAsync(stack);

        Assert.Equal(["Mesh", "Node", "Router", "Route"], summary.Created.Select(r => r.LogicalId));
    }

    [Fact]
    public async Task A_reference_to_a_resource_seeding_leaves_out_fails_naming_template_resource_and_expression()
    {
        var stack = Template("discovery.yaml", """
            Resources:
              Namespace:
                Type: AWS::ServiceDiscovery::PrivateDnsNamespace
                Properties: {Name: example.local, Vpc: vpc-1}
              Mesh:
                Type: AWS::AppMesh::Mesh
                Properties:
                  MeshName: !GetAtt Namespace.Id
            """);

        var error = await Assert.ThrowsAsync<LocalCloudSeedingException>(() => cloud.SeedAsync(stack));

        Assert.Equal(
            $"{stack.TemplatePath}: resource Mesh, Properties.MeshName: cannot resolve !GetAtt Namespace.Id: "
            + "Namespace (AWS::ServiceDiscovery::PrivateDnsNamespace) is not seeded: not needed by the task-set strategy",
            error.Message);
    }

    [Fact]
    public async Task A_function_seeding_does_not_evaluate_fails_naming_it()
    {
        var stack = Template("azs.yaml", """
            Resources:
              Mesh:
                Type: AWS::AppMesh::Mesh
                Properties:
                  MeshName: !Select [0, !GetAZs ""]
            """);

        var error = await Assert.ThrowsAsync<LocalCloudSeedingException>(() => cloud.SeedAsync(stack));

        Assert.Equal(
            $"{stack.TemplatePath}: resource Mesh, Properties.MeshName[1]: cannot resolve !GetAZs \"\": "
            + "seeding does not evaluate Fn::GetAZs: give the value as a parameter",
            error.Message);
    }

    [Fact]
    public async Task A_value_of_the_wrong_kind_fails_naming_the_property()
    {
        var stack = Template("threshold.yaml", """
            Resources:
              Alarm:
                Type: AWS::CloudWatch::Alarm
                Properties:
                  AlarmName: !Sub "${AWS::StackName}-alarm"
                  MetricName: Errors
                  Namespace: App
                  Statistic: Sum
                  Period: 60
                  EvaluationPeriods: one
                  Threshold: 1
                  ComparisonOperator: GreaterThanThreshold
            """);

        var error = await Assert.ThrowsAsync<LocalCloudSeedingException>(() => cloud.SeedAsync(stack));

        Assert.Equal($"{stack.TemplatePath}: resource Alarm, Properties.EvaluationPeriods: expected a whole number", error.Message);
    }

    [Fact]
    public async Task Resources_that_reference_each_other_in_a_circle_are_refused_naming_them()
    {
        var stack = Template("circle.yaml", """
            Resources:
              Blue:
                Type: AWS::AppMesh::Mesh
                Properties: {MeshName: !GetAtt Green.MeshName}
              Green:
                Type: AWS::AppMesh::Mesh
                Properties: {MeshName: !Sub "${Blue}-green"}
            """);

        var error = await Assert.ThrowsAsync<LocalCloudSeedingException>(() => cloud.SeedAsync(stack));

        Assert.Equal($"{stack.TemplatePath}: resources Blue, Green reference each other in a circle: break the circle", error.Message);
    }

    [Fact]
    public async Task Each_resource_is_reported_to_the_log_as_it_is_handled()
    {
        await cloud.SeedAsync(cloud.Mesh);

        Assert.Equal("Seeding: AWS::ServiceDiscovery::PrivateDnsNamespace Namespace (mesh): not seeded (not needed by the task-set strategy)",
            cloud.Log[0]);
        Assert.Contains("Seeding: AWS::AppMesh::VirtualNode sample-api-blue (mesh): created, without Spec.Listeners[0].ConnectionPool, Spec.Logging",
            cloud.Log);
        Assert.Equal(8, cloud.Log.Count);
    }

    [Fact]
    public void A_stack_binding_from_the_stack_graph_becomes_a_seeding_stack()
    {
        var binding = new StackGraphBinding("mesh", "prod-mesh", RepositoryPaths.Infra("mesh.yaml"),
            new Dictionary<string, string> { ["EnvironmentName"] = "prod" }, ["prod-MeshName"], ["prod-VpcId"]);

        var stack = SeedingStack.From(binding);

        Assert.Equal(("mesh", "prod-mesh", RepositoryPaths.Infra("mesh.yaml"), "prod"),
            (stack.Name, stack.StackName, stack.TemplatePath, stack.Parameters["EnvironmentName"]));
    }

    [Fact]
    public async Task A_missing_template_fails_naming_it_and_its_stack()
    {
        var stack = cloud.Stack("mesh", "absent.yaml");

        var error = await Assert.ThrowsAsync<LocalCloudSeedingException>(() => cloud.SeedAsync(stack));

        Assert.Equal($"template {RepositoryPaths.Infra("absent.yaml")} of stack {cloud.Environment}-mesh not found: seed the stacks DeployInfra deployed",
            error.Message);
    }

    [Fact]
    public async Task Templates_without_skipped_resource_types_are_passed_over()
    {
        var stack = Template("plain.yaml", """
            Resources:
              Group:
                Type: AWS::Logs::LogGroup
                Properties: {LogGroupName: !GetAtt Nothing.Here}
            """);

        var summary = await cloud.SeedAsync(stack);

        Assert.Empty(summary.Resources);
    }

    SeedingStack Template(string file, string text, params (string Key, string Value)[] parameters) => new(
        Path.GetFileNameWithoutExtension(file), $"{cloud.Environment}-{Path.GetFileNameWithoutExtension(file)}",
        directory.Write(file, text), parameters.ToDictionary(p => p.Key, p => p.Value));

    public void Dispose()
    {
        directory.Dispose();
        cloud.Dispose();
    }
}
