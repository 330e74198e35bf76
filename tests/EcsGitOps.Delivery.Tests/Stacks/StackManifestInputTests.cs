using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Stacks;

/// <summary>A hand-edited infra/stacks.json that is not what the manifest holds fails in one line naming the file and what to fix.</summary>
public sealed class StackManifestInputTests : IDisposable
{
    readonly TempDirectory _directory = new();

    public StackManifestInputTests() => _directory.Write("a.yaml", "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n");

    public void Dispose() => _directory.Dispose();

    async Task<(string Manifest, string Message)> RefusalAsync(string json)
    {
        var manifest = _directory.Write("stacks.json", json);
        var error = await Assert.ThrowsAsync<StackGraphException>(() => StackGraph.LoadAsync(manifest, CancellationToken.None));
        Assert.DoesNotContain('\n', error.Message);
        return (manifest, error.Message);
    }

    [Fact]
    public async Task A_null_stack_entry_asks_for_a_name_and_a_template()
    {
        var (manifest, message) = await RefusalAsync("""{ "stacks": [null] }""");

        Assert.Equal($"{manifest}: every stack needs a name (lower-case letters, digits, '-') and a template", message);
    }

    [Fact]
    public async Task A_null_parameter_value_names_the_parameter_and_its_stack()
    {
        var (manifest, message) = await RefusalAsync("""{ "stacks": [{ "name": "a", "template": "a.yaml", "parameters": { "Colour": null } }] }""");

        Assert.Equal($"{manifest}: parameter Colour of stack 'a' is null: give it a text value or remove it", message);
    }

    [Fact]
    public async Task A_null_name_in_keep_on_update_is_refused()
    {
        var (manifest, message) = await RefusalAsync("""{ "stacks": [{ "name": "a", "template": "a.yaml", "keepOnUpdate": [null] }] }""");

        Assert.Equal($"{manifest}: stack 'a' has an empty or null name in dependsOn or keepOnUpdate: remove it", message);
    }

    [Fact]
    public async Task A_value_of_the_wrong_kind_names_its_json_path_line_and_column()
    {
        var (manifest, message) = await RefusalAsync("{\n  \"stacks\": [\n    { \"name\": \"a\", \"template\": \"a.yaml\", \"parameters\": { \"Port\": 8080 } }\n  ]\n}\n");

        Assert.Equal($"{manifest}:3:70: not a valid stack manifest ($.stacks[0].parameters.Port holds the wrong kind of value: text is expected): fix the JSON there", message);
    }

    [Fact]
    public async Task A_truncated_manifest_names_where_it_stops()
    {
        var (manifest, message) = await RefusalAsync("{\n  \"stacks\": [\n    { \"name\": \"a\", \"template\": \"a.yaml\" }\n");

        Assert.StartsWith($"{manifest}:4:1: not a valid stack manifest (", message);
        Assert.EndsWith("): fix the JSON there", message);
    }

    [Fact]
    public async Task An_empty_manifest_says_what_to_write()
    {
        var (manifest, message) = await RefusalAsync("\n");

        Assert.Equal($"{manifest}: is empty: add {{\"stacks\": [{{\"name\": ..., \"template\": ...}}]}}", message);
    }

    [Fact]
    public async Task A_stack_naming_a_file_that_is_not_a_template_says_so_with_the_stack_line()
    {
        var (manifest, message) = await RefusalAsync("{\n  \"stacks\": [\n    { \"name\": \"a\", \"template\": \"stacks.json\" }\n  ]\n}\n");

        Assert.Equal($"{manifest}:3: stack 'a' names stacks.json, which has no Resources section: point the stack at its CloudFormation template", message);
    }
}
