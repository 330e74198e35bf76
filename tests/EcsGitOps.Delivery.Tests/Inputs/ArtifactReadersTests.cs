using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.TaskDefinitions;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Inputs;

/// <summary>
/// Every artifact a later target reads, truncated, emptied or hand-edited: one line naming the file, where in it, what is
/// wrong, and the target that writes it again.
/// </summary>
public sealed class ArtifactReadersTests : IDisposable
{
    readonly TempDirectory _artifacts = new();

    public void Dispose() => _artifacts.Dispose();

    async Task<string> RefusalAsync<T>(string file, string content, Func<string, Task<T>> read)
    {
        var path = _artifacts.Write(file, content);
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => read(path));
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }

    string PathOf(string file) => Path.Combine(_artifacts.Path, file);

    [Fact]
    public async Task A_truncated_taskdef_names_line_and_byte_and_says_to_run_RenderTaskDef()
    {
        var message = await RefusalAsync("taskdef.json", "{\n  \"family\": \"sample-api\",\n  \"cpu\": \"256\",",
            path => RenderedTaskDefinition.ReadTaskDefinitionAsync(path, CancellationToken.None));

        Assert.Equal($"{PathOf("taskdef.json")} is not valid JSON (line 3, byte 15): Expected start of a property name or value, "
            + "but instead reached end of data. Run RenderTaskDef again to write it.", message);
    }

    [Fact]
    public async Task A_taskdef_that_is_not_an_object_is_refused()
    {
        var message = await RefusalAsync("taskdef.json", "[]", path => RenderedTaskDefinition.ReadTaskDefinitionAsync(path, CancellationToken.None));

        Assert.Equal($"{PathOf("taskdef.json")} is not a JSON object, which a task definition is. Run RenderTaskDef again to write it.", message);
    }

    [Fact]
    public async Task An_empty_taskdef_says_it_is_empty()
    {
        var message = await RefusalAsync("taskdef.json", "", path => RenderedTaskDefinition.ReadTaskDefinitionAsync(path, CancellationToken.None));

        Assert.Equal($"{PathOf("taskdef.json")} is empty. Run RenderTaskDef again to write it.", message);
    }

    [Fact]
    public async Task A_missing_taskdef_says_to_run_RenderTaskDef_first()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => RenderedTaskDefinition.ReadTaskDefinitionAsync(PathOf("taskdef.json"), CancellationToken.None));

        Assert.Equal($"{PathOf("taskdef.json")} not found: run RenderTaskDef first to write it.", error.Message);
    }

    [Fact]
    public async Task A_valid_taskdef_reads_back_as_its_text()
    {
        var path = _artifacts.Write("taskdef.json", "{ \"family\": \"sample-api\" }\n");

        Assert.Equal("{ \"family\": \"sample-api\" }\n", await RenderedTaskDefinition.ReadTaskDefinitionAsync(path, CancellationToken.None));
    }

    [Fact]
    public async Task A_broken_appspec_names_line_and_column_and_says_to_run_RenderTaskDef()
    {
        var message = await RefusalAsync("appspec.yaml", "version: 0.0\nResources:\n  - TargetService: [Type\n",
            path => RenderedTaskDefinition.ReadAppSpecAsync(path, CancellationToken.None));

        Assert.Matches($@"^{Regex(PathOf("appspec.yaml"))}:\d+:\d+: YAML syntax error: .+\. Run RenderTaskDef again to write it\.$", message);
    }

    [Fact]
    public async Task A_truncated_image_artifact_says_to_run_PushEcr()
    {
        var message = await RefusalAsync("image.json", "{\n  \"repository\": \"127.0.0.1:5000/sample-api\",\n  \"dig",
            path => ImageArtifact.ReadAsync(path, CancellationToken.None));

        Assert.StartsWith($"{PathOf("image.json")} is not valid JSON (line 3, byte ", message);
        Assert.EndsWith(". Run PushEcr again to write it.", message);
    }

    [Fact]
    public async Task An_image_artifact_with_a_value_of_the_wrong_kind_names_the_member()
    {
        var message = await RefusalAsync("image.json", "{\n  \"repository\": \"x\",\n  \"size\": \"big\"\n}",
            path => ImageArtifact.ReadAsync(path, CancellationToken.None));

        Assert.Equal($"{PathOf("image.json")} does not hold what PushEcr writes (line 3, byte 16): $.size holds a value of the wrong kind. "
            + "Run PushEcr again to write it.", message);
    }

    [Fact]
    public async Task Stack_outputs_read_back_as_names_and_values()
    {
        var path = _artifacts.Write("stack-outputs.json", "{ \"ClusterName\": \"dev-cluster\" }");

        var outputs = await StackOutputs.ReadAsync(path, CancellationToken.None);

        Assert.Equal("dev-cluster", Assert.Single(outputs).Value);
    }

    [Fact]
    public async Task Truncated_stack_outputs_say_to_run_DeployInfra()
    {
        var message = await RefusalAsync("stack-outputs.json", "{\n  \"ClusterName\": \"dev-cluster\",\n  \"MeshName\": \"dev-m",
            path => StackOutputs.ReadAsync(path, CancellationToken.None));

        Assert.StartsWith($"{PathOf("stack-outputs.json")} is not valid JSON (line 3, byte ", message);
        Assert.EndsWith(". Run DeployInfra again to write it.", message);
    }

    [Fact]
    public async Task A_stack_output_without_a_value_is_named()
    {
        var message = await RefusalAsync("stack-outputs.json", "{ \"ClusterName\": null }", path => StackOutputs.ReadAsync(path, CancellationToken.None));

        Assert.Equal($"{PathOf("stack-outputs.json")} gives output ClusterName no value. Run DeployInfra again to write it.", message);
    }

    [Fact]
    public async Task Missing_stack_outputs_say_to_run_DeployInfra_first()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => StackOutputs.ReadAsync(PathOf("stack-outputs.json"), CancellationToken.None));

        Assert.Equal($"{PathOf("stack-outputs.json")} not found: run DeployInfra first to write it.", error.Message);
    }

    [Fact]
    public async Task A_deployment_record_without_its_outcome_is_refused_instead_of_read_half()
    {
        var message = await RefusalAsync("deployment.json", "{ \"service\": \"sample-api\", \"steps\": [] }",
            path => DeploymentRecord.ReadAsync(path, CancellationToken.None));

        Assert.Equal($"{PathOf("deployment.json")} is not a whole deployment record (service, outcome or steps missing). "
            + "Run BlueGreenDeploy again to write it.", message);
    }

    static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
