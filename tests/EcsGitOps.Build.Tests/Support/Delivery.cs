namespace EcsGitOps.Build.Tests.Support;

public enum Strategy { CodeDeploy, Ecs, TaskSet }

/// <summary>A build shaped like the real one, for what users read: help, plan and schema.</summary>
public sealed class Delivery : BuildBase
{
    [Parameter("Image tag to push")] readonly string ImageTag = "dev";
    [Parameter("Deployment strategy")] public Strategy Strategy { get; set; } = Strategy.Ecs;
    [Parameter("Registry token"), Secret] public string? RegistryToken { get; set; } = "initial-secret-value";
    [Parameter] public bool DryRun { get; set; }
    [Parameter("Regions to deploy to")] public string[] Regions { get; set; } = ["eu-west-1"];
    [Parameter("Wait between steps")] public TimeSpan? Interval { get; set; }

    public List<string> Ran { get; } = [];

    public Target Restore => _ => _.Description("Restore packages").Executes(() => Ran.Add(nameof(Restore)));
    public Target Compile => _ => _.Description("Compile the solution").DependsOn(Restore).Executes(() => Ran.Add(nameof(Compile)));
    public Target Test => _ => _.DependsOn(Compile).OnlyWhenStatic(() => !DryRun).Executes(() => Ran.Add(nameof(Test)));
    public Target Deploy => _ => _.Description("Deploy the service").DependsOn(Test, Compile).Requires(() => ImageTag).Executes(() => Ran.Add(nameof(Deploy)));
    public Target Housekeeping => _ => _.Unlisted().After(Deploy);
}
