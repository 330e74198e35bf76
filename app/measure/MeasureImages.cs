#:project ../../src/EcsGitOps.Delivery/EcsGitOps.Delivery.csproj
// Image size and time from container start to the first 200 on /health, Native AOT against framework-dependent,
// both built by DockerBuild on bases assembled from this host's files. Run: dotnet run app/measure/MeasureImages.cs
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Docker.DotNet;
using Docker.DotNet.Models;
using EcsGitOps.Delivery.Images;

const int Starts = 7;
var appDirectory = Path.GetFullPath(Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", ".."));
using var docker = await DockerEngine.ConnectAsync(DockerEngine.DefaultEndpoint, CancellationToken.None);

foreach (var nativeAot in new[] { true, false })
{
    var context = Directory.CreateTempSubdirectory("ecsgitops-measure-").FullName;
    File.Copy(Path.Combine(appDirectory, "Dockerfile"), Path.Combine(context, "Dockerfile"));
    File.Copy(Path.Combine(appDirectory, ".dockerignore"), Path.Combine(context, ".dockerignore"));
    var kind = nativeAot ? "native-aot" : "framework-dependent";
    var image = await new ImageBuilder(_ => { }, TimeProvider.System).BuildAsync(new DockerBuildOptions(
        Path.Combine(context, "Dockerfile"), context, "ecsgitops-measure/sample-api", kind, "measure",
        BaseImage: DockerBuildOptions.LocalBase,
        Publish: AppPublishOptions.IntoContext(Path.Combine(appDirectory, "src", "SampleApi", "SampleApi.csproj"), context, nativeAot)), CancellationToken.None);
    Directory.Delete(context, recursive: true);

    var times = new List<double>();
    for (var run = 0; run < Starts; run++)
        times.Add(await FirstHealthyAsync(docker, image.ImageId));
    times.Sort();
    Console.WriteLine($"{kind,-20} image {image.Size / 1024.0 / 1024.0,6:F1} MiB (base {image.BaseImage})  start to first 200 on /health: median {times[Starts / 2],6:F0} ms, min {times[0],6:F0} ms, max {times[^1],6:F0} ms over {Starts} starts");
}

static async Task<double> FirstHealthyAsync(IDockerClient docker, string image)
{
    var port = FreePort();
    var container = await docker.Containers.CreateContainerAsync(new CreateContainerParameters
    {
        Image = image,
        Env = [$"ASPNETCORE_URLS=http://127.0.0.1:{port}"],
        HostConfig = new HostConfig { NetworkMode = "host", ReadonlyRootfs = true },
    });
    using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
    try
    {
        var clock = Stopwatch.StartNew();
        await docker.Containers.StartContainerAsync(container.ID, new ContainerStartParameters());
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK) return clock.Elapsed.TotalMilliseconds;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(2);
            }
        }
        throw new TimeoutException($"{image} did not answer /health within 60 s");
    }
    finally
    {
        await docker.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true });
    }
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
