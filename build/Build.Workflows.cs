using EcsGitOps.Build;

partial class Build
{
    /// The workflows in .github/workflows, generated from here so they always call the targets that exist.
    internal static readonly GitHubWorkflow[] Workflows =
    [
        new("ci", WorkflowTrigger.PullRequest, ["Test", "DockerBuild", "ScanImage", "LintInfra"]) { InstallsTestTools = true },
        new("deploy", WorkflowTrigger.PushToMain, ["BlueGreenDeploy", "ShiftMeshTraffic"]) { Profile = "production", AssumesAwsRole = true },
    ];

    string WorkflowsDirectory => Path.Combine(RootDirectory, ".github", "workflows");

    Target GenerateWorkflows => _ => _
        .Description("Rewrites .github/workflows from build/Build.Workflows.cs")
        .Executes(() =>
        {
            Directory.CreateDirectory(WorkflowsDirectory);
            foreach (var workflow in Workflows)
            {
                File.WriteAllText(Path.Combine(WorkflowsDirectory, workflow.FileName), GitHubWorkflowWriter.Write(workflow));
                Log.Information($"Wrote .github/workflows/{workflow.FileName}");
            }
        });
}
