using System.Globalization;
using System.Text.Json;
using EcsGitOps.Aws.AppMesh;
using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.AppMesh;

[Collection(MotoCollection.Name)]
public sealed class AppMeshClientTests(MotoServer moto) : IAsyncLifetime
{
    readonly AwsClients aws = moto.CreateClients();

    public async Task InitializeAsync()
    {
        await moto.ResetAsync();
        await SeedMeshAsync();
    }

    public Task DisposeAsync()
    {
        aws.Dispose();
        return Task.CompletedTask;
    }

    async Task SeedMeshAsync()
    {
        await aws.AppMesh.CreateMeshAsync(new() { MeshName = "apps", Spec = new MeshSpec { EgressFilter = new EgressFilter { Type = "ALLOW_ALL" } } });
        foreach (var color in new[] { "blue", "green" })
            await aws.AppMesh.CreateVirtualNodeAsync(new()
            {
                MeshName = "apps", VirtualNodeName = $"web-{color}",
                Spec = new VirtualNodeSpec
                {
                    Listeners =
                    [
                        new Listener
                        {
                            PortMapping = new PortMapping { Port = 8080, Protocol = "http" },
                            HealthCheck = new HealthCheckPolicy
                            {
                                Protocol = "http", Path = "/health", HealthyThreshold = 2, UnhealthyThreshold = 3, TimeoutMillis = 2000, IntervalMillis = 5000,
                            },
                        },
                    ],
                    ServiceDiscovery = new ServiceDiscovery { Dns = new DnsServiceDiscovery { Hostname = $"web-{color}.apps.local" } },
                },
            });
        await aws.AppMesh.CreateVirtualRouterAsync(new()
        {
            MeshName = "apps", VirtualRouterName = "web",
            Spec = new VirtualRouterSpec { Listeners = [new VirtualRouterListener { PortMapping = new PortMapping { Port = 8080, Protocol = "http" } }] },
        });
        await aws.AppMesh.CreateRouteAsync(new() { MeshName = "apps", VirtualRouterName = "web", RouteName = "web", Spec = Weights(100, 0) });
    }

    static CreateVirtualServiceRequest WebService() => new()
    {
        MeshName = "apps", VirtualServiceName = "web.apps.local",
        Spec = new VirtualServiceSpec { Provider = new VirtualServiceProvider { VirtualRouter = new VirtualRouterServiceProvider { VirtualRouterName = "web" } } },
    };

    static RouteSpec Weights(int blue, int green) => new()
    {
        HttpRoute = new HttpRoute
        {
            Match = new HttpRouteMatch { Prefix = "/" },
            Action = new HttpRouteAction
            {
                WeightedTargets = [new WeightedTarget { VirtualNode = "web-blue", Weight = blue }, new WeightedTarget { VirtualNode = "web-green", Weight = green }],
            },
            RetryPolicy = new HttpRetryPolicy { MaxRetries = 2, PerRetryTimeout = new Duration { Unit = "ms", Value = 500 }, HttpRetryEvents = ["server-error"] },
        },
    };

    [Fact]
    public async Task UpdateRoute_shifts_weight_that_DescribeRoute_and_the_AWS_CLI_read_back()
    {
        var updated = await aws.AppMesh.UpdateRouteAsync(new() { MeshName = "apps", VirtualRouterName = "web", RouteName = "web", Spec = Weights(75, 25) });
        var described = await aws.AppMesh.DescribeRouteAsync(new() { MeshName = "apps", VirtualRouterName = "web", RouteName = "web" });

        Assert.Equal([75, 25], updated.Route!.Spec!.HttpRoute!.Action!.WeightedTargets!.Select(t => t.Weight ?? -1));
        Assert.Equal([75, 25], described.Route!.Spec!.HttpRoute!.Action!.WeightedTargets!.Select(t => t.Weight ?? -1));
        Assert.Equal("ACTIVE", described.Route.Status!.Status);
        var cli = await moto.Cli.RunAsync("appmesh", "describe-route", "--mesh-name", "apps", "--virtual-router-name", "web", "--route-name", "web");
        var targets = cli.GetProperty("route").GetProperty("spec").GetProperty("httpRoute").GetProperty("action").GetProperty("weightedTargets");
        Assert.Equal(25, targets.EnumerateArray().Single(t => t.GetProperty("virtualNode").GetString() == "web-green").GetProperty("weight").GetInt32());
    }

    [Fact]
    public async Task Moto_timestamps_written_as_day_month_year_strings_are_read()
    {
        using var recorder = new ResponseRecorder();
        using var recorded = new AwsClients(moto.Options() with { HttpHandler = recorder });

        var described = await recorded.AppMesh.DescribeRouteAsync(new() { MeshName = "apps", VirtualRouterName = "web", RouteName = "web" });
        var after = DateTimeOffset.UtcNow;

        // moto 5.2.1 writes strftime("%d/%m/%Y, %H:%M:%S"): the expected instant is read from those fields, not from a calendar.
        var text = JsonDocument.Parse(recorder.LastBody!).RootElement.GetProperty("metadata").GetProperty("createdAt").GetString()!;
        var fields = text.Split('/', ',', ' ', ':').Where(field => field.Length > 0).Select(field => int.Parse(field, CultureInfo.InvariantCulture)).ToArray();
        var created = described.Route!.Metadata!.CreatedAt!.Value;
        Assert.Equal(new DateTimeOffset(fields[2], fields[1], fields[0], fields[3], fields[4], fields[5], TimeSpan.Zero), created);
        // moto stamps App Mesh resources with its own clock, in whole seconds, when it loads the service (not on creation).
        Assert.InRange(created, moto.StartedAt.AddMinutes(-1), after.AddMinutes(1));
    }

    /// Keeps the last response body as moto sent it, before any timestamp is read.
    sealed class ResponseRecorder() : DelegatingHandler(new HttpClientHandler())
    {
        public string? LastBody { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            LastBody = await response.Content.ReadAsStringAsync(cancellationToken);
            return response;
        }
    }

    [Fact]
    public async Task DescribeVirtualNode_returns_the_listener_health_check()
    {
        var node = await aws.AppMesh.DescribeVirtualNodeAsync(new() { MeshName = "apps", VirtualNodeName = "web-green" });

        var check = Assert.Single(node.VirtualNode!.Spec!.Listeners!).HealthCheck!;
        Assert.Equal(("/health", 2, 3), (check.Path, check.HealthyThreshold, check.UnhealthyThreshold));
        Assert.Equal("web-green.apps.local", node.VirtualNode.Spec.ServiceDiscovery!.Dns!.Hostname);
    }

    [Fact]
    public async Task A_route_that_does_not_exist_is_reported_with_its_error_code()
    {
        var error = await Assert.ThrowsAsync<AwsServiceException>(() =>
            aws.AppMesh.DescribeRouteAsync(new() { MeshName = "apps", VirtualRouterName = "web", RouteName = "canary" }));

        // moto answers 400 RouteNotFound where AWS answers 404 NotFoundException; either way the code comes from the body.
        Assert.Equal("RouteNotFound", error.ErrorCode);
        Assert.StartsWith("AppMesh DescribeRoute failed: RouteNotFound: There is no route named canary", error.Message);
    }

    [Fact]
    public async Task Moto_has_no_virtual_services_and_its_404_page_reads_as_an_unimplemented_operation()
    {
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.AppMesh.CreateVirtualServiceAsync(WebService()));

        Assert.Equal((404, "Http404"), (error.HttpStatus, error.ErrorCode));
        Assert.Contains("may not implement this operation", error.Message);
    }

    [Fact]
    public async Task CreateVirtualService_puts_the_mesh_in_the_path_and_the_rest_in_the_body_AgainstReplayedAppMeshResponses()
    {
        using var server = new ReplayServer();
        server.Reply(200, """{"meshName":"apps","virtualServiceName":"web.apps.local","metadata":{"arn":"arn:aws:appmesh:us-east-1:123456789012:mesh/apps/virtualService/web.apps.local","createdAt":1764266836.5,"lastUpdatedAt":1764266836.5,"meshOwner":"123456789012","resourceOwner":"123456789012","uid":"a1","version":1},"spec":{"provider":{"virtualRouter":{"virtualRouterName":"web"}}},"status":{"status":"ACTIVE"}}""", "application/json");
        using var replayed = new AwsClients(server.Options());

        var created = await replayed.AppMesh.CreateVirtualServiceAsync(WebService());

        var request = Assert.Single(server.Requests);
        Assert.Equal(("PUT", "/v20190125/meshes/apps/virtualServices"), (request.Method, request.PathAndQuery));
        Assert.Equal("""{"spec":{"provider":{"virtualRouter":{"virtualRouterName":"web"}}},"virtualServiceName":"web.apps.local"}""", request.Body);
        Assert.Equal("ACTIVE", created.VirtualService!.Status!.Status);
    }

    [Fact]
    public async Task Names_are_escaped_as_path_segments_AgainstReplayedAppMeshResponses()
    {
        using var server = new ReplayServer();
        server.Reply(200, """{"meshName":"a b","routeName":"r/1","virtualRouterName":"web","metadata":{"createdAt":1.764266836123E9,"lastUpdatedAt":1764266836,"version":3},"spec":{},"status":{"status":"ACTIVE"}}""", "application/json");
        using var replayed = new AwsClients(server.Options());

        var route = await replayed.AppMesh.DescribeRouteAsync(new() { MeshName = "a b", VirtualRouterName = "web", RouteName = "r/1", MeshOwner = "123456789012" });

        var request = Assert.Single(server.Requests);
        Assert.Equal(("GET", "/v20190125/meshes/a%20b/virtualRouter/web/routes/r%2F1?meshOwner=123456789012"), (request.Method, request.PathAndQuery));
        Assert.Equal(3, route.Route!.Metadata!.Version);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764266836123), route.Route.Metadata.CreatedAt);
    }
}
