using System.Text.Json;
using EcsGitOps.Delivery.LocalCloud.Seeding;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.LocalCloud.Seeding;

/// <summary>moto 5.2.1 has no virtual services; these tests answer as App Mesh does.</summary>
public sealed class VirtualServiceSeedingTests : IDisposable
{
    readonly ReplayedAwsEndpoint endpoint = new();
    readonly TempDirectory directory = new();

    const string Mesh = """
        {"meshName":"apps","metadata":{"arn":"arn:aws:appmesh:us-east-1:123456789012:mesh/apps","createdAt":1.764279e9,
         "lastUpdatedAt":1.764279e9,"meshOwner":"123456789012","resourceOwner":"123456789012",
         "uid":"5f6a1c2e-0b8d-4c3a-9e41-7d2b8f0a6c13","version":1},
         "spec":{"egressFilter":{"type":"DROP_ALL"}},"status":{"status":"ACTIVE"}}
        """;

    const string Service = """
        {"meshName":"apps","metadata":{"arn":"arn:aws:appmesh:us-east-1:123456789012:mesh/apps/virtualService/web.apps.local",
         "createdAt":1.764279e9,"lastUpdatedAt":1.764279e9,"meshOwner":"123456789012","resourceOwner":"123456789012",
         "uid":"0c9e8a4b-6f1d-4e2a-8b3c-5d7e9f1a2b3c","version":1},
         "spec":{"provider":{"virtualRouter":{"virtualRouterName":"web-router"}}},"status":{"status":"ACTIVE"},
         "virtualServiceName":"web.apps.local"}
        """;

    const string NotFound = "NotFoundException:http://internal.amazon.com/coral/com.amazonaws.appmesh/";

    SeedingStack Template() => new("mesh", "apps-mesh", directory.Write("service.yaml", """
        Resources:
          Mesh:
            Type: AWS::AppMesh::Mesh
            Properties: {MeshName: apps}
          Service:
            Type: AWS::AppMesh::VirtualService
            Properties:
              MeshName: !GetAtt Mesh.MeshName
              VirtualServiceName: web.apps.local
              Spec:
                Provider:
                  VirtualRouter: {VirtualRouterName: web-router}
        """), new Dictionary<string, string>());

    async Task<SeedingSummary> SeedAsync()
    {
        using var aws = endpoint.Clients();
        return await new LocalCloudSeeder(aws).SeedAsync([Template()], new Dictionary<string, string>(), CancellationToken.None);
    }

    [Fact]
    public async Task A_virtual_service_is_created_with_its_router_provider_AgainstReplayedAppMeshResponses()
    {
        endpoint.CallerIdentity()
            .Reply(200, Mesh)
            .Reply(404, """{"message":"VirtualService with name web.apps.local in mesh apps not found."}""", errorType: NotFound)
            .Reply(200, Service);

        var summary = await SeedAsync();

        Assert.Equal([("Mesh", SeedingOutcome.AlreadySeeded), ("Service", SeedingOutcome.Created)],
            summary.Resources.Select(r => (r.LogicalId, r.Outcome)));
        var create = endpoint.Requests.Last();
        Assert.Equal(("PUT", "/v20190125/meshes/apps/virtualServices"), (create.Method, create.Path));
        var body = JsonDocument.Parse(create.Body).RootElement;
        Assert.Equal("web.apps.local", body.GetProperty("virtualServiceName").GetString());
        Assert.Equal("web-router", body.GetProperty("spec").GetProperty("provider").GetProperty("virtualRouter").GetProperty("virtualRouterName").GetString());
        Assert.False(body.TryGetProperty("meshName", out _));
    }

    [Fact]
    public async Task A_virtual_service_that_exists_is_not_created_again_AgainstReplayedAppMeshResponses()
    {
        endpoint.CallerIdentity().Reply(200, Mesh).Reply(200, Service);

        var summary = await SeedAsync();

        Assert.Equal(2, summary.AlreadySeeded.Count);
        Assert.DoesNotContain(endpoint.Requests, r => r.Method == "PUT");
        Assert.Equal("/v20190125/meshes/apps/virtualServices/web.apps.local", endpoint.Requests.Last().Path);
    }

    [Fact]
    public async Task A_refused_create_fails_naming_template_resource_and_the_service_answer_AgainstReplayedAppMeshResponses()
    {
        endpoint.CallerIdentity()
            .Reply(200, Mesh)
            .Reply(404, """{"message":"VirtualService with name web.apps.local in mesh apps not found."}""", errorType: NotFound)
            .Reply(400, """{"message":"Virtual router web-router does not exist in mesh apps."}""",
                errorType: "BadRequestException:http://internal.amazon.com/coral/com.amazonaws.appmesh/");

        var error = await Assert.ThrowsAsync<LocalCloudSeedingException>(SeedAsync);

        Assert.StartsWith($"{Template().TemplatePath}: resource Service (AWS::AppMesh::VirtualService) could not be seeded: "
            + "AppMesh CreateVirtualService failed: BadRequestException: Virtual router web-router does not exist in mesh apps.", error.Message);
    }

    public void Dispose()
    {
        endpoint.Dispose();
        directory.Dispose();
    }
}
