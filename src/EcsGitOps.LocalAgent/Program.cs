using System.Diagnostics;
using System.Globalization;
using System.Net;
using Amazon.Runtime;
using Docker.DotNet;
using EcsGitOps.Aws;
using EcsGitOps.Delivery.LocalCloud.DataPlane;
using EcsGitOps.LocalAgent;
using Yarp.ReverseProxy.Forwarder;

// The local cloud's data plane, started and stopped with it: runs the task sets' containers and routes the service's
// stable URL to them by the route's weights. Its output goes to the local cloud's agent.log.
var settings = AgentSettings.Parse(args);
void Log(string line) => Console.WriteLine($"{TimeProvider.System.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)} {line}");

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Listen(IPAddress.Loopback, settings.ServicePort);
    kestrel.Listen(IPAddress.Loopback, settings.ControlPort);
});
builder.Services.AddHttpForwarder();
// Moto accepts any signature; these are not secrets.
builder.Services.AddSingleton(new AwsClients(new AwsOptions
{
    Region = settings.Region, EndpointUrl = settings.AwsEndpointUrl, Credentials = new BasicAWSCredentials("local", "local"),
}));
builder.Services.AddSingleton<IDockerClient>(new DockerClientConfiguration(new Uri(settings.DockerHost)).CreateClient());
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<Action<string>>(Log);
builder.Services.AddSingleton(provider => new DockerTasks(provider.GetRequiredService<IDockerClient>(), settings.Instance));
builder.Services.AddSingleton(provider => new TaskSetReconciler(provider.GetRequiredService<AwsClients>().Ecs,
    provider.GetRequiredService<DockerTasks>(), settings.Registry, TimeSpan.FromSeconds(2), TimeProvider.System, Log));
builder.Services.AddSingleton(provider => provider.GetRequiredService<AwsClients>().CloudWatch);
builder.Services.AddSingleton<ServedService>();
builder.Services.AddSingleton<WeightedRouting>();
builder.Services.AddSingleton<TargetGroupMetrics>();
builder.Services.AddHostedService<AgentLoop>();
builder.Services.AddHostedService<MetricsPublisher>();
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, DataPlaneJsonContext.Default));

var app = builder.Build();
var control = $"*:{settings.ControlPort}";
app.MapPut("/service", (DataPlaneService service, ServedService served) =>
{
    served.Serve(service);
    Log($"Serving {service.Cluster}/{service.Service} on http://127.0.0.1:{settings.ServicePort}/");
    return Results.NoContent();
}).RequireHost(control);
app.MapGet("/status", (ServedService served) => served.Status).RequireHost(control);

var invoker = new HttpMessageInvoker(new SocketsHttpHandler
{
    UseProxy = false, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None, UseCookies = false,
    ConnectTimeout = TimeSpan.FromSeconds(2), ActivityHeadersPropagator = null,
});
app.Map("/{**path}", async (HttpContext context, WeightedRouting routing, IHttpForwarder forwarder, TargetGroupMetrics metrics) =>
{
    if (routing.Pick(Random.Shared.Next(100)) is not { } task)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await context.Response.WriteAsync("No healthy task of the colour the route's weights choose.\n");
        return;
    }
    var started = Stopwatch.GetTimestamp();
    await forwarder.SendAsync(context, task.Url.ToString(), invoker, ForwarderRequestConfig.Empty, HttpTransformer.Default);
    metrics.Record(task.Colour!.Value, context.Response.StatusCode, Stopwatch.GetElapsedTime(started));
}).RequireHost($"*:{settings.ServicePort}");

Log($"Local agent listening: service http://127.0.0.1:{settings.ServicePort}/, control http://127.0.0.1:{settings.ControlPort}/");
await app.RunAsync();
