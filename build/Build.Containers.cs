using EcsGitOps.Build;

partial class Build
{
    Target DockerBuild => _ => _
        .Description("Builds the sample service's image on the Docker engine")
        .DependsOn(Test)
        .Executes(() => NotBuiltYet(nameof(DockerBuild)));

    Target ScanImage => _ => _
        .Description("Scans the image and fails on findings at or above --fail-on-severity")
        .DependsOn(DockerBuild)
        .Executes(() => NotBuiltYet(nameof(ScanImage)));

    Target PushEcr => _ => _
        .Description("Pushes the image to ECR and records its digest in artifacts/image.json")
        .DependsOn(ScanImage)
        .Executes(() => NotBuiltYet(nameof(PushEcr)));

    static void NotBuiltYet(string target) =>
        throw new NotSupportedException($"{target} is not implemented yet: this target is on the roadmap in README.md.");
}
