using EcsGitOps.Build;

namespace EcsGitOps.Pipeline.Tests;

/// Files generated from the build definition must be committed as the build would write them.
public class CommittedFilesTests
{
    [Fact]
    public void The_committed_parameter_schema_matches_the_build_definition()
    {
        var committed = File.ReadAllText(Path.Combine(Repository.Root, ".nuke", "build.schema.json"));

        Assert.True(committed == BuildSchema.Generate<global::Build>(),
            ".nuke/build.schema.json is stale: run `./build.sh --generate-schema` and commit the result.");
    }

    [Fact]
    public void The_committed_workflows_match_the_build_definition()
    {
        foreach (var workflow in global::Build.Workflows)
        {
            var path = Path.Combine(Repository.Root, ".github", "workflows", workflow.FileName);
            var committed = File.Exists(path) ? File.ReadAllText(path) : "";

            Assert.True(committed == GitHubWorkflowWriter.Write(workflow),
                $".github/workflows/{workflow.FileName} is stale: run `./build.sh GenerateWorkflows` and commit the result.");
        }
    }

    [Fact]
    public void Every_workflow_invokes_targets_that_exist()
    {
        var schema = File.ReadAllText(Path.Combine(Repository.Root, ".nuke", "build.schema.json"));

        foreach (var target in global::Build.Workflows.SelectMany(w => w.InvokedTargets))
            Assert.Contains($"\"{target}\"", schema);
    }
}
