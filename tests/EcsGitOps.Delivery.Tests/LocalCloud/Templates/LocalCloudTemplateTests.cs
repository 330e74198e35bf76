using System.Text.Json;
using EcsGitOps.Delivery.LocalCloud.Seeding;
using EcsGitOps.Delivery.LocalCloud.Templates;
using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Infra;

namespace EcsGitOps.Delivery.Tests.LocalCloud.Templates;

public sealed class LocalCloudTemplateTests
{
    static readonly string ServiceTemplate = File.ReadAllText(RepositoryPaths.Infra("service.yaml"));

    static StackGraphBinding Service(string controller) => Binding(RepositoryPaths.Infra("service.yaml"),
        ("EnvironmentName", "dev"), ("DeploymentController", controller), ("InitialImage", "sample-api@sha256:" + new string('c', 64)));

    static StackGraphBinding Binding(string path, params (string Key, string Value)[] parameters) =>
        new("service", "dev-service", path, parameters.ToDictionary(p => p.Key, p => p.Value), [], []);

    static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;

    static IEnumerable<string> Names(JsonElement section) => section.EnumerateObject().Select(p => p.Name);

    [Fact]
    public void With_the_external_controller_the_ecs_service_is_left_out_and_every_other_resource_and_output_kept()
    {
        var template = StackGraphTemplate.Parse(ServiceTemplate, "service.yaml");

        var body = Json(LocalCloudTemplate.Body(Service("EXTERNAL"), ServiceTemplate));

        Assert.Equal(template.Resources.Keys.Where(id => id != "Service"), Names(body.GetProperty("Resources")));
        Assert.Equal(template.Outputs.Keys, Names(body.GetProperty("Outputs")));
        Assert.Equal(["AWSTemplateFormatVersion", "Description", "Parameters", "Conditions", "Resources", "Outputs"], Names(body));
    }

    [Theory]
    [InlineData("CODE_DEPLOY")]
    [InlineData("ECS")]
    public void With_the_codedeploy_or_ecs_controller_nothing_is_left_out(string controller)
    {
        var template = StackGraphTemplate.Parse(ServiceTemplate, "service.yaml");

        var body = Json(LocalCloudTemplate.Body(Service(controller), ServiceTemplate));

        Assert.Equal(template.Resources.Keys, Names(body.GetProperty("Resources")));
    }

    [Fact]
    public void Without_a_controller_parameter_the_templates_default_decides()
    {
        var binding = Binding(RepositoryPaths.Infra("service.yaml"), ("InitialImage", "sample-api@sha256:" + new string('c', 64)));

        var body = Json(LocalCloudTemplate.Body(binding, ServiceTemplate.Replace("Default: CODE_DEPLOY", "Default: EXTERNAL")));

        Assert.False(body.GetProperty("Resources").TryGetProperty("Service", out _));
    }

    [Fact]
    public void The_same_template_and_parameters_give_byte_identical_bodies()
    {
        var bodies = Enumerable.Range(0, 3).Select(_ => LocalCloudTemplate.Body(Service("EXTERNAL"), ServiceTemplate)).ToList();

        Assert.Single(bodies.Distinct(StringComparer.Ordinal));
        Assert.NotEqual(bodies[0], LocalCloudTemplate.Body(Service("ECS"), ServiceTemplate));
    }

    [Fact]
    public async Task Every_infra_template_reads_back_as_the_same_data_from_its_json_body()
    {
        foreach (var path in RepositoryPaths.CloudFormationTemplates)
        {
            var binding = Binding(path, ("DeploymentController", "CODE_DEPLOY"));

            var body = await LocalCloudTemplate.BodyAsync(binding, CancellationToken.None);

            var yaml = StackGraphTemplate.Parse(await File.ReadAllTextAsync(path), path);
            var json = StackGraphTemplate.Parse(body, path);
            Assert.Equal(JsonSerializer.Serialize(yaml.Root), JsonSerializer.Serialize(json.Root));
        }
    }

    [Fact]
    public void Scalars_keep_the_type_yaml_gives_them_and_short_forms_become_long_forms()
    {
        var text = """
            Resources:
              Group:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties:
                  Port: 8080
                  Matcher: {HttpCode: "200"}
                  Weight: 1.0
                  Mode: 0755
                  Mask: 0x1F
                  Limit: 1.5e+3
                  Enabled: true
                  Legacy: off
                  Quoted: "true"
                  Empty: ~
                  Name: !Sub "${AWS::StackName}-a+b<c>"
                  Vpc: !Ref Vpc
                  Arn: !GetAtt Balancer.LoadBalancerArn
                  Zone: !Select [1, !GetAZs ""]
            """;

        var properties = Json(LocalCloudTemplate.Body(Binding("group.yaml"), text)).GetProperty("Resources").GetProperty("Group").GetProperty("Properties");

        Assert.Equal("""
            {
                    "Port": 8080,
                    "Matcher": {
                      "HttpCode": "200"
                    },
                    "Weight": 1.0,
                    "Mode": 493,
                    "Mask": 31,
                    "Limit": 1500.0,
                    "Enabled": true,
                    "Legacy": false,
                    "Quoted": "true",
                    "Empty": null,
                    "Name": {
                      "Fn::Sub": "${AWS::StackName}-a+b<c>"
                    },
                    "Vpc": {
                      "Ref": "Vpc"
                    },
                    "Arn": {
                      "Fn::GetAtt": [
                        "Balancer",
                        "LoadBalancerArn"
                      ]
                    },
                    "Zone": {
                      "Fn::Select": [
                        1,
                        {
                          "Fn::GetAZs": ""
                        }
                      ]
                    }
                  }
            """.ReplaceLineEndings("\n"), properties.GetRawText());
    }

    [Theory]
    [InlineData("Alarms:\n    Type: AWS::SNS::Topic\n    Properties: {TopicName: !GetAtt Service.Name}", "resource Alarms")]
    [InlineData("Alarms:\n    Type: AWS::SNS::Topic\n    Properties: {TopicName: !Ref Service}", "resource Alarms")]
    [InlineData("Alarms:\n    Type: AWS::SNS::Topic\n    Properties: {TopicName: !Sub \"${Service.Name}-alarms\"}", "resource Alarms")]
    [InlineData("Alarms:\n    Type: AWS::SNS::Topic\n    DependsOn: [Service]", "resource Alarms")]
    [InlineData("Alarms:\n    Type: AWS::SNS::Topic\n    Properties: {TopicName: !If [IsExternal, !Ref Service, none]}", "resource Alarms")]
    public void A_reference_to_the_left_out_service_fails_naming_template_and_resource(string resource, string subject)
    {
        var error = Assert.Throws<LocalCloudSeedingException>(() => LocalCloudTemplate.Body(Binding("refers.yaml"), Refers(resource)));

        Assert.Equal($"refers.yaml: {subject} refers to Service, an ECS service with the EXTERNAL deployment controller that the local cloud "
            + "creates outside CloudFormation: refer to it only under a condition that excludes EXTERNAL", error.Message);
    }

    [Fact]
    public void An_output_referring_to_the_left_out_service_fails_naming_it()
    {
        var text = Refers("Topic:\n    Type: AWS::SNS::Topic") + "\nOutputs:\n  ServiceArn:\n    Value: !Ref Service\n";

        var error = Assert.Throws<LocalCloudSeedingException>(() => LocalCloudTemplate.Body(Binding("refers.yaml"), text));

        Assert.StartsWith("refers.yaml: output ServiceArn refers to Service, an ECS service", error.Message);
    }

    [Theory]
    [InlineData("Alarms:\n    Type: AWS::SNS::Topic\n    Condition: IsEcs\n    Properties: {TopicName: !GetAtt Service.Name}")]
    [InlineData("Alarms:\n    Type: AWS::SNS::Topic\n    Properties: {TopicName: !If [IsEcs, !GetAtt Service.Name, none]}")]
    public void A_reference_the_stack_does_not_have_with_the_external_controller_is_allowed(string resource)
    {
        var body = Json(LocalCloudTemplate.Body(Binding("refers.yaml"), Refers(resource)));

        Assert.Equal(["Alarms"], Names(body.GetProperty("Resources")));
    }

    // A template whose service has the EXTERNAL controller by default, with the given resource beside it.
    static string Refers(string resource) => $"""
        Parameters:
          Controller: {"{"}Type: String, Default: EXTERNAL{"}"}
        Conditions:
          IsExternal: !Equals [!Ref Controller, EXTERNAL]
          IsEcs: !Equals [!Ref Controller, ECS]
        Resources:
          Service:
            Type: AWS::ECS::Service
            Properties:
              ServiceName: web
              DeploymentController: {"{"}Type: !Ref Controller{"}"}
          {resource}
        """;
}
