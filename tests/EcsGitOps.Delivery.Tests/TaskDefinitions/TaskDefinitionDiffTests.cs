using System.Text.Json.Nodes;
using EcsGitOps.Delivery.TaskDefinitions;
using EcsGitOps.Delivery.Tests.Infra;

namespace EcsGitOps.Delivery.Tests.TaskDefinitions;

public sealed class TaskDefinitionDiffTests
{
    static readonly string Rendered = new TaskDefinitionRenderer().RenderTaskDefinition(
        File.ReadAllText(RepositoryPaths.Templates("taskdef.json")), "templates/taskdef.json", SampleValues.Create());

    // What DescribeTaskDefinition answers for the rendered definition: read-only members, defaults filled in,
    // empty lists, and keys in another order.
    static string Described(Action<JsonObject>? change = null)
    {
        var definition = JsonNode.Parse(Rendered)!.AsObject();
        definition["taskDefinitionArn"] = "arn:aws:ecs:us-east-1:123456789012:task-definition/prod-sample-api:7";
        definition["revision"] = 7;
        definition["status"] = "ACTIVE";
        definition["compatibilities"] = new JsonArray("EC2", "FARGATE");
        definition["requiresAttributes"] = new JsonArray(new JsonObject { ["name"] = "ecs.capability.secrets.asm.environment-variables" });
        definition["registeredAt"] = "2026-11-27T10:00:00Z";
        definition["registeredBy"] = "arn:aws:sts::123456789012:assumed-role/deploy/session";
        definition["placementConstraints"] = new JsonArray();
        foreach (var container in definition["containerDefinitions"]!.AsArray().Select(c => c!.AsObject()))
        {
            container["cpu"] ??= 0;
            container["essential"] ??= true;
            container["volumesFrom"] = new JsonArray();
            container["systemControls"] = new JsonArray();
            container["mountPoints"] ??= new JsonArray();
            foreach (var mapping in (container["portMappings"] as JsonArray ?? []).Select(m => m!.AsObject()))
                mapping["hostPort"] = mapping["containerPort"]!.DeepClone();
        }
        var environment = definition["containerDefinitions"]![0]!["environment"]!.AsArray();
        var reversed = environment.Reverse().Select(e => e!.DeepClone()).ToList();
        environment.Clear();
        reversed.ForEach(environment.Add);
        change?.Invoke(definition);
        return new JsonObject { ["taskDefinition"] = definition, ["tags"] = new JsonArray() }.ToJsonString();
    }

    [Fact]
    public void TheDefinitionECSReportsBackForTheRenderedOneShowsNoChanges()
    {
        var diff = TaskDefinitionDiff.Compare(Described(), Rendered);

        Assert.False(diff.HasChanges, diff.ToString());
        Assert.Empty(diff.Lines);
    }

    [Fact]
    public void AChangedImageShowsAsUnifiedDiffLines()
    {
        var running = Described(d => d["containerDefinitions"]![0]!["image"] = $"{SampleValues.Repository}@sha256:{new string('f', 64)}");

        var diff = TaskDefinitionDiff.Compare(running, Rendered, "prod-sample-api:7", "artifacts/taskdef.json");

        Assert.True(diff.HasChanges);
        Assert.Equal("--- prod-sample-api:7", diff.Lines[0]);
        Assert.Equal("+++ artifacts/taskdef.json", diff.Lines[1]);
        Assert.Matches(@"^@@ -\d+,7 \+\d+,7 @@$", diff.Lines[2]);
        Assert.Equal([$"-      \"image\": \"{SampleValues.Repository}@sha256:{new string('f', 64)}\",",
                      $"+      \"image\": \"{SampleValues.Repository}@{SampleValues.Digest}\","],
            diff.Lines.Where(l => l[0] is '+' or '-' && !l.StartsWith("---") && !l.StartsWith("+++")));
        Assert.Equal(3, diff.Lines.Skip(3).TakeWhile(l => l[0] == ' ').Count());
    }

    [Fact]
    public void ChangesFarApartMakeSeparateHunks()
    {
        var running = Described(d =>
        {
            d["cpu"] = "256";
            d["containerDefinitions"]![2]!["image"] = "public.ecr.aws/xray/aws-xray-daemon:3.3.13";
        });

        var diff = TaskDefinitionDiff.Compare(running, Rendered);

        Assert.Equal(2, diff.Lines.Count(l => l.StartsWith("@@")));
        Assert.Contains("-  \"cpu\": \"256\",", diff.Lines);
        Assert.Contains("+  \"cpu\": \"512\",", diff.Lines);
    }

    [Fact]
    public void WhenNothingRunsYetEveryLineIsAdded()
    {
        var diff = TaskDefinitionDiff.Compare(null, Rendered);

        Assert.StartsWith("@@ -0,0 +1,", diff.Lines[2]);
        Assert.All(diff.Lines.Skip(3), l => Assert.StartsWith("+", l));
    }

    [Fact]
    public void AnExplicitNonDefaultValueIsAChange()
    {
        var running = Described(d => d["containerDefinitions"]![2]!["essential"] = true);

        var diff = TaskDefinitionDiff.Compare(running, Rendered);

        Assert.Contains("+      \"essential\": false,", diff.Lines);
        Assert.DoesNotContain(diff.Lines, l => l.StartsWith('-') && !l.StartsWith("---"));
    }
}
