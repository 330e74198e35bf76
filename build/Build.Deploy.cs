using EcsGitOps.Build;

partial class Build
{
    Target RenderTaskDef => _ => _
        .Description("Renders artifacts/taskdef.json and appspec.yaml from templates/, pinned to the pushed digest")
        .DependsOn(PushEcr, DeployInfra)
        .Executes(() => NotBuiltYet(nameof(RenderTaskDef)));

    string InfraDirectory => Path.Combine(RootDirectory, "infra");

    Target LintInfra => _ => _
        .Description("Checks the CloudFormation templates in infra/ with cfn-lint")
        .Inputs("infra/**", ".cfnlintrc*")
        .Executes(ct => Tool.RunAsync("cfn-lint", [.. Directory.GetFiles(InfraDirectory, "*.yaml").Order()], Log, ct, RootDirectory));

    Target DeployInfra => _ => _
        .Description("Deploys the CloudFormation stacks in infra/ through change sets")
        .DependsOn(LintInfra)
        .After(PushEcr)
        .Executes(() => NotBuiltYet(nameof(DeployInfra)));

    Target BlueGreenDeploy => _ => _
        .Description("Deploys the rendered task definition to the idle colour (--strategy)")
        .DependsOn(RenderTaskDef)
        .Executes(() => NotBuiltYet(nameof(BlueGreenDeploy)));

    Target ShiftMeshTraffic => _ => _
        .Description("Shifts traffic step by step with analysis gates; promotes or rolls back")
        .DependsOn(BlueGreenDeploy)
        .Executes(() => NotBuiltYet(nameof(ShiftMeshTraffic)));
}
