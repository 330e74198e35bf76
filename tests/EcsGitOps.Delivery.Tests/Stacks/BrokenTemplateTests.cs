using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Stacks;

/// <summary>
/// A YAML mistake in an infra/ template stops DeployInfra while it reads the stack graph, before any stack call, in one
/// line naming the template, line and column (YamlDotNet itself throws some of these without a position).
/// </summary>
public sealed class BrokenTemplateTests : IDisposable
{
    readonly TempDirectory _repository = new();

    public BrokenTemplateTests()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Infra()))
            File.Copy(file, Path.Combine(Directory.CreateDirectory(Path.Combine(_repository.Path, "infra")).FullName, Path.GetFileName(file)));
    }

    public void Dispose() => _repository.Dispose();

    string Service => Path.Combine(_repository.Path, "infra", "service.yaml");

    /// <summary>infra/service.yaml with one line (1-based) replaced.</summary>
    async Task<string> RefusalWithAsync(int line, string text)
    {
        var lines = (await File.ReadAllTextAsync(RepositoryPaths.Infra("service.yaml"))).Split('\n');
        lines[line - 1] = text;
        await File.WriteAllTextAsync(Service, string.Join('\n', lines));
        var error = await Assert.ThrowsAsync<StackGraphException>(() => StackGraph.LoadAsync(Path.Combine(_repository.Path, "infra", "stacks.json"), CancellationToken.None));
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }

    [Fact]
    public async Task A_bad_indent_names_the_template_line_and_column_and_says_to_fix_the_template()
    {
        var message = await RefusalWithAsync(12, "   ServiceName:");

        Assert.Equal($"{Service}:12:4: YAML syntax error: While parsing a block mapping, did not find expected key. "
            + $"Fix the template (cfn-lint {Service} reports it too).", message);
    }

    [Fact]
    public async Task An_unclosed_quote_names_the_line_where_the_quote_opens()
    {
        var message = await RefusalWithAsync(11, "    AllowedPattern: \"^[a-z][a-z0-9-]{1,20}$");

        Assert.StartsWith($"{Service}:11:21: YAML syntax error: While scanning a multi-line double-quoted scalar, found wrong indentation. Fix the template", message);
    }

    [Fact]
    public async Task An_unclosed_list_names_where_it_opens_instead_of_an_invalid_operation()
    {
        var message = await RefusalWithAsync(27, "    AllowedValues: [CODE_DEPLOY, ECS, EXTERNAL");

        Assert.Equal($"{Service}:27:20: YAML syntax error: the '[' here is never closed (no ']' ends the list). "
            + $"Fix the template (cfn-lint {Service} reports it too).", message);
    }

    [Fact]
    public async Task An_unclosed_mapping_names_where_it_opens()
    {
        var message = await RefusalWithAsync(10, "    Default: {name: ecsgitops");

        Assert.StartsWith($"{Service}:10:14: YAML syntax error: the '{{' here is never closed (no '}}' ends the mapping).", message);
    }

    [Fact]
    public void A_list_where_a_name_belongs_is_refused_with_its_place()
    {
        var error = Assert.Throws<StackGraphException>(() => StackGraphTemplate.Parse("Resources:\n  [Topic]:\n    Type: AWS::SNS::Topic\n", "t.yaml"));

        Assert.StartsWith("t.yaml:2:3: a list or mapping stands where a name is expected", error.Message);
    }

    [Fact]
    public void An_empty_key_is_refused_in_one_line_instead_of_an_argument_exception()
    {
        var error = Assert.Throws<StackGraphException>(() => StackGraphTemplate.Parse("Resources:\n  : Value: x\n", "t.yaml"));

        Assert.Matches(@"^t\.yaml:\d+:\d+: YAML syntax error: the text here does not read as YAML \(.+\)\. Fix the template", error.Message);
    }
}
