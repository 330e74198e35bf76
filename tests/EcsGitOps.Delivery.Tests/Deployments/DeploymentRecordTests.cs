using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Tests.Deployments;

public sealed class DeploymentRecordTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("deployment-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_written_record_reads_back_the_same()
    {
        var record = await Deployments.RolledBackAsync();
        var path = Path.Combine(_directory, "artifacts", "deployment.json");

        await record.WriteAsync(path, CancellationToken.None);
        var read = await DeploymentRecord.ReadAsync(path, CancellationToken.None);

        Assert.Equal(record.ToJson(), read.ToJson());
        Assert.Equal((record.Service, record.Outcome.Status, record.Colours, record.Duration),
            (read.Service, read.Outcome.Status, read.Colours, read.Duration));
        Assert.Equal(record.Steps.Select(s => (s.Number, s.Kind, s.At, s.Weights, s.Checks.Count)),
            read.Steps.Select(s => (s.Number, s.Kind, s.At, s.Weights, s.Checks.Count)));
    }

    [Fact]
    public async Task The_file_names_what_was_deployed_from_what_and_how_it_ended()
    {
        var json = (await Deployments.RolledBackAsync()).ToJson();

        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"service\": \"shop/web\",\n  \"strategy\": \"task-set\",", json.ReplaceLineEndings("\n"));
        Assert.Contains($"\"imageDigest\": \"{Deployments.Digest}\"", json);
        Assert.Contains($"\"taskDefinitionArn\": \"{Deployments.TaskDefinition}\"", json);
        Assert.Contains("\"from\": \"blue\"", json);
        Assert.Contains("\"status\": \"rolledBack\"", json);
        Assert.Contains("\"kind\": \"rollback\"", json);
        Assert.Contains("\"startedAt\": \"2026-03-02T09:00:00+00:00\"", json);
        Assert.DoesNotContain("null", json);
    }

    [Fact]
    public async Task An_unreadable_record_says_which_file_and_how_to_get_it_back()
    {
        var path = Path.Combine(_directory, "deployment.json");
        await File.WriteAllTextAsync(path, "{\"service\": ");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => DeploymentRecord.ReadAsync(path, CancellationToken.None));

        Assert.StartsWith($"{path} is not valid JSON (line 1, byte 13): ", error.Message);
        Assert.EndsWith("Run BlueGreenDeploy again to write it.", error.Message);
    }

    [Fact]
    public void A_record_without_traffic_steps_round_trips_too()
    {
        var record = new DeploymentRecord("shop/web", "codedeploy", "d-ABC123", Deployments.Digest, Deployments.TaskDefinition,
            null, DeploymentOutcome.AlreadyDeployed("web:8"), Deployments.Start, Deployments.Start, []);

        var json = record.ToJson();

        Assert.Contains("\"reasons\": [\n      \"already deployed: web:8\"\n    ]", json.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("colours", json);
    }
}
