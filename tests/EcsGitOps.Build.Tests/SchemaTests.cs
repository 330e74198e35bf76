using System.Text.Json;
using EcsGitOps.Build.Tests.Support;

namespace EcsGitOps.Build.Tests;

public sealed class SchemaTests : IDisposable
{
    readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    static JsonElement Schema => JsonDocument.Parse(BuildSchema.Generate<Delivery>()).RootElement;

    static JsonElement Property(string name) => Schema.GetProperty("properties").GetProperty(name);

    [Fact]
    public void Generation_is_deterministic_with_unix_newlines_and_a_trailing_newline()
    {
        var first = BuildSchema.Generate<Delivery>();
        Assert.Equal(first, BuildSchema.Generate(typeof(Delivery)));
        Assert.DoesNotContain("\r", first);
        Assert.EndsWith("}\n", first);
        Assert.StartsWith("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"title\": \"Build Schema\",\n", first);
    }

    [Fact]
    public void Targets_are_an_enumeration_used_by_Target_and_Skip()
    {
        Assert.Equal(["Restore", "Compile", "Test", "Deploy", "Housekeeping"],
            Schema.GetProperty("definitions").GetProperty("ExecutableTarget").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("#/definitions/ExecutableTarget", Property("Target").GetProperty("items").GetProperty("$ref").GetString());
        Assert.Equal("#/definitions/ExecutableTarget", Property("Skip").GetProperty("items").GetProperty("$ref").GetString());
    }

    [Fact]
    public void Parameters_are_properties_with_their_type_and_description()
    {
        Assert.Equal(("string", "Image tag to push"), (Property("ImageTag").GetProperty("type").GetString(), Property("ImageTag").GetProperty("description").GetString()));
        Assert.Equal("boolean", Property("DryRun").GetProperty("type").GetString());
        Assert.Equal("string", Property("Interval").GetProperty("type").GetString());
        Assert.Equal(["CodeDeploy", "Ecs", "TaskSet"], Property("Strategy").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(("array", "string"), (Property("Regions").GetProperty("type").GetString(), Property("Regions").GetProperty("items").GetProperty("type").GetString()));
    }

    [Fact]
    public void Engine_options_are_properties_too()
    {
        Assert.Equal(["Quiet", "Minimal", "Normal", "Verbose"],
            Schema.GetProperty("definitions").GetProperty("Verbosity").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.All(["Continue", "Help", "NoCache", "Parallel", "Plan", "Profile", "Root", "Verbosity"], name => Property(name));
    }

    [Fact]
    public void A_secret_is_write_only_and_its_value_is_not_in_the_schema()
    {
        Assert.True(Property("RegistryToken").GetProperty("writeOnly").GetBoolean());
        Assert.DoesNotContain("initial-secret-value", BuildSchema.Generate<Delivery>());
    }

    [Fact]
    public async Task The_generate_schema_option_writes_the_schema_file()
    {
        var run = await repository.RunAsync(new Delivery(), "--generate-schema");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(BuildSchema.Generate<Delivery>(), repository.Read(".nuke/build.schema.json"));
    }
}
