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
}
