using EcsGitOps.Build;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Scanning;

partial class Build
{
    [Parameter("Image repository name, in ECR and in the local registry")]
    readonly string ImageRepository = "ecsgitops/sample-api";

    [Parameter("Version of the sample service, in its image tags and labels")]
    readonly string AppVersion = "1.0.0";

    [Parameter("Base image (BASE_IMAGE); 'local' assembles one from this machine's glibc (default on the local cloud)")]
    readonly string? BaseImage = null;

    [Parameter("Docker engine endpoint (default: DOCKER_HOST or the local socket)")]
    readonly string DockerHost = DockerEngine.DefaultEndpoint;

    [Parameter("ScanImage fails on findings at or above this severity")]
    readonly Severity FailOnSeverity = Severity.Critical;

    [Parameter("Go on without a scan when no scanner is available (warns in the summary)")]
    readonly bool AllowUnscanned;

    [Parameter("Accepted findings with reasons and expiry dates (Trivy's .trivyignore.yaml format)")]
    readonly string? ScanIgnoreFile = null;

    string AppDirectory => Path.Combine(RootDirectory, "app");
    string ImageReference => $"{ImageRepository}:{GitCommit.Short(RootDirectory)}";

    Target DockerBuild => _ => _
        .Description("Builds the sample service's image on the Docker engine")
        .DependsOn(Test)
        .Inputs("app/src/**/*.cs", "app/src/**/*.csproj", "app/src/**/*.json", "app/Dockerfile", "app/.dockerignore")
        .Outputs("artifacts/docker-build.json")
        .Executes(async ct =>
        {
            var options = new DockerBuildOptions(
                Dockerfile: Path.Combine(AppDirectory, "Dockerfile"),
                ContextDirectory: AppDirectory,
                Repository: ImageRepository,
                Version: AppVersion,
                Commit: GitCommit.Short(RootDirectory),
                SourceUrl: GitCommit.SourceUrl(RootDirectory),
                BaseImage: BaseImage ?? (IsLocalCloud ? DockerBuildOptions.LocalBase : null),
                DockerEndpoint: DockerHost,
                Publish: AppPublishOptions.IntoContext(Path.Combine(AppDirectory, "src", "SampleApi", "SampleApi.csproj"), AppDirectory));
            var image = await new ImageBuilder(Log.Information, TimeProvider.System).BuildAsync(options, ct);

            Directory.CreateDirectory(ArtifactsDirectory);
            await File.WriteAllTextAsync(Path.Combine(ArtifactsDirectory, "docker-build.json"),
                $$"""{ "imageId": "{{image.ImageId}}", "tags": ["{{string.Join("\", \"", image.Tags)}}"] }""" + "\n", ct);
            ReportSummary("Image", $"{image.Tags[0]} ({image.Size / 1024 / 1024} MiB{(image.Reused ? ", reused" : "")})");
        });

    Target ScanImage => _ => _
        .Description("Scans the image with Trivy and fails on findings at or above --fail-on-severity")
        .DependsOn(DockerBuild)
        .Executes(async ct =>
        {
            var ignoreFile = ScanIgnoreFile ?? Path.Combine(RootDirectory, IgnoreFile.DefaultName);
            var options = new ScanImageOptions(FailOnSeverity, ScanIgnoreFile is null && !File.Exists(ignoreFile) ? null : ignoreFile, AllowUnscanned);
            var verdict = await new ImageScan([new TrivyScanner()], Log.Information, TimeProvider.System)
                .RunAsync(new ScanTarget(ImageReference), options, ct);
            ReportSummary("Scan", verdict.Summary);
        });

    Target PushEcr => _ => _
        .Description("Pushes the image to ECR and records its digest in artifacts/image.json")
        .DependsOn(ScanImage)
        .Executes(() => NotBuiltYet(nameof(PushEcr)));

    static void NotBuiltYet(string target) =>
        throw new NotSupportedException($"{target} is not implemented yet: this target is on the roadmap in README.md.");
}
