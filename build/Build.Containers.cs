using EcsGitOps.Build;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Registry;
using EcsGitOps.Delivery.Scanning;

partial class Build
{
    [Parameter("Image repository name, in ECR and in the local registry")]
    readonly string ImageRepository = "ecsgitops/sample-api";

    [Parameter("Version of the sample service, in its image tags and labels")]
    readonly string AppVersion = "1.0.0";

    [Parameter("Base image (BASE_IMAGE); 'local' assembles one from this machine's glibc (default on the local cloud)")]
    readonly string? BaseImage = null;

    [Parameter("Image created time in Unix seconds, as SOURCE_DATE_EPOCH; default the commit's committer time")]
    readonly long? SourceDateEpoch = null;

    [Parameter("Docker engine endpoint; also read from DOCKER_HOST")]
    readonly string DockerHost = DockerEngine.DefaultEndpoint;

    [Parameter("ScanImage fails on findings at or above this severity")]
    readonly Severity FailOnSeverity = Severity.Critical;

    [Parameter("Go on without a scan when no scanner is available (warns in the summary)")]
    readonly bool AllowUnscanned;

    [Parameter("Accepted findings with reasons and expiry dates (Trivy's .trivyignore.yaml format)")]
    readonly string? ScanIgnoreFile = null;

    string AppDirectory => Path.Combine(RootDirectory, "app");
    string? commit;
    string Commit => commit ??= GitCommit.Short(RootDirectory);
    string DockerBuildFile => Path.Combine(ArtifactsDirectory, DockerBuildArtifact.FileName);
    string AppProject => Path.Combine(AppDirectory, "src", "SampleApi", "SampleApi.csproj");

    Target DockerBuild => _ => _
        .Description("Builds the sample service's reproducible image and its SBOM; records the image ID in artifacts/docker-build.json")
        .DependsOn(Test, Setup)
        // The image is tagged and labelled with the commit: a new commit (HEAD or the branch it names) builds again.
        .Inputs("app/src/**/*.cs", "app/src/**/*.csproj", "app/src/**/*.json", "app/Dockerfile", "app/.dockerignore", "!**/bin/**", "!**/obj/**",
            ".git/HEAD", ".git/refs/heads/**", ".git/packed-refs", ".config/dotnet-tools.json")
        .Outputs("artifacts/docker-build.json", "artifacts/sbom.cdx.json")
        // Another build on the engine may have removed the image or moved its tags: only the recorded ID counts.
        .OutputsValid(() => DockerBuildArtifact.IsStillInEngine(DockerBuildFile, DockerHost))
        .Executes(async ct =>
        {
            var options = new DockerBuildOptions(
                Dockerfile: Path.Combine(AppDirectory, "Dockerfile"),
                ContextDirectory: AppDirectory,
                Repository: ImageRepository,
                Version: AppVersion,
                Commit: Commit,
                SourceUrl: OciLabels.RepositoryUrl(GitCommit.SourceUrl(RootDirectory)),
                BaseImage: BaseImage ?? (IsLocalCloud ? DockerBuildOptions.LocalBase : null),
                DockerEndpoint: DockerHost,
                Publish: AppPublishOptions.IntoContext(AppProject, AppDirectory),
                SourceDate: SourceDateEpoch is { } epoch ? DateTimeOffset.FromUnixTimeSeconds(epoch) : GitCommit.Time(RootDirectory));
            var image = await new ImageBuilder(Log.Information).BuildAsync(options, ct);
            var sbom = await new SbomGenerator(Log.Information).WriteAsync(
                new SbomOptions(AppProject, ArtifactsDirectory, RootDirectory, ImageRepository, AppVersion), ct);

            await DockerBuildArtifact.From(image, Path.GetRelativePath(RootDirectory, sbom)).WriteAsync(DockerBuildFile, ct);
            ReportSummary("Image", $"{image.Tags[0]} {image.ImageId[..19]} ({image.Size / 1024 / 1024} MiB{(image.Reused ? ", reused" : "")})");
        });

    Target ScanImage => _ => _
        .Description("Scans the image DockerBuild recorded (and its SBOM) with Trivy before it leaves this machine; fails at or above --fail-on-severity")
        .DependsOn(DockerBuild)
        .Executes(async ct =>
        {
            var trivy = new TrivyScanner();
            if (!await trivy.IsAvailableAsync(ct))
            {
                // ECR scans every pushed image (scan on push) and PushEcr gates on that scan instead.
                // ECR's scan sees the image's OS packages only: nothing reads the SBOM's NuGet packages until Trivy is there.
                Log.Information("Trivy is not on PATH: PushEcr gates the image on ECR's scan instead; the SBOM's packages are not scanned.");
                ReportSummary("Scan", "Trivy not installed; ECR's scan gates in PushEcr; SBOM not scanned");
                return;
            }
            var built = await DockerBuildArtifact.ReadAsync(DockerBuildFile, ct);
            var verdict = await new ImageScan([trivy], Log.Information, TimeProvider.System)
                .RunAsync(new ScanTarget(built.ImageId, Sbom: built.Sbom is null ? null : Path.Combine(RootDirectory, built.Sbom)), ScanOptions, ct);
            ReportSummary("Scan", verdict.Summary);
        });

    ScanImageOptions ScanOptions
    {
        get
        {
            var ignoreFile = ScanIgnoreFile ?? Path.Combine(RootDirectory, IgnoreFile.DefaultName);
            return new ScanImageOptions(FailOnSeverity, ScanIgnoreFile is null && !File.Exists(ignoreFile) ? null : ignoreFile, AllowUnscanned);
        }
    }

    Target PushEcr => _ => _
        .Description("Pushes the image to ECR, gates on ECR's scan, and records its digest in artifacts/image.json")
        .DependsOn(ScanImage)
        .Executes(async ct =>
        {
            var image = (await DockerBuildArtifact.ReadAsync(DockerBuildFile, ct)).ImageId;
            var aws = await AwsAsync(ct);
            var repository = new EcrRepositorySettings(ImageRepository);
            var tag = $"{AppVersion}-{Commit}";
            var options = IsLocalCloud
                ? new PushEcrOptions(image, repository, tag, (await LocalCloudAsync(ct)).Endpoints.RegistryAddress,
                    UseEcrCredentials: false, RecordInEcr: true, DockerEndpoint: DockerHost)
                : new PushEcrOptions(image, repository, tag, DockerEndpoint: DockerHost);
            using var http = new HttpClient();
            var pushed = await new ImagePusher(aws.Ecr, http, Log.Information).PushAsync(options, ct);

            var ecrScan = new EcrScanner(aws.Ecr, new EcrScanOptions(ImageRepository), TimeProvider.System, Log.Information);
            var verdict = await new ImageScan([ecrScan], Log.Information, TimeProvider.System)
                .RunAsync(new ScanTarget(pushed.PinnedReference, pushed.Digest), ScanOptions, ct);

            await pushed.ToArtifact(verdict).WriteAsync(ImageArtifactFile, ct);
            ReportSummary("Digest", $"{pushed.PinnedReference}{(pushed.Skipped ? " (already pushed)" : "")}");
            ReportSummary("ECR scan", verdict.Summary);
        });
}
