using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.Tests.Stacks;

public sealed class StackProgressWriterTests
{
    [Fact]
    public void EveryLineNamesItsStackSoConcurrentStacksStayApart()
    {
        var text = new StringWriter();
        var writer = new StackProgressWriter(text);

        writer.ChangeSet("mesh", new ChangeSetSummary("ecsgitops-20260304-100000-000", "CREATE", [new ChangeSetRow("Add", "Mesh", "AWS::AppMesh::Mesh", "")]));
        writer.Event("mesh", new StackEventLine(new DateTimeOffset(2026, 3, 4, 10, 0, 7, TimeSpan.Zero), "Mesh", "AWS::AppMesh::Mesh", "CREATE_FAILED", "Mesh already exists"));
        writer.Note("mesh", "no changes: up to date");

        Assert.Equal(
            [
                "mesh: change set ecsgitops-20260304-100000-000 (CREATE, 1 change)",
                "mesh:   Action  Logical id  Type                Replacement",
                "mesh:   Add     Mesh        AWS::AppMesh::Mesh  -",
                "mesh: 10:00:07  CREATE_FAILED                Mesh (AWS::AppMesh::Mesh)  Mesh already exists",
                "mesh: no changes: up to date",
            ],
            text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ASpecPrintsNeitherParameterValuesNorItsTemplate()
    {
        var spec = new StackSpec("pipeline", "Resources: {}", new Dictionary<string, string> { ["GitHubToken"] = "ghp_secretvalue" }, [], new Dictionary<string, string>());

        Assert.Equal("StackSpec { StackName = pipeline, Parameters = [GitHubToken] }", spec.ToString());
    }
}
