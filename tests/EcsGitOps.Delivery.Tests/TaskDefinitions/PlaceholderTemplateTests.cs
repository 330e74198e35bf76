using System.Text.Json;
using EcsGitOps.Delivery.TaskDefinitions;
using YamlDotNet.RepresentationModel;

namespace EcsGitOps.Delivery.Tests.TaskDefinitions;

public sealed class PlaceholderTemplateTests
{
    static string Render(string text, string source, params (string Key, string? Value)[] values) =>
        PlaceholderTemplate.Parse(text, source).Render(values.ToDictionary(v => v.Key, v => v.Value));

    [Fact]
    public void PlaceholdersInsideStringsMayBePartOfLongerText()
    {
        var rendered = Render("""{ "arn": "arn:aws:logs:{{ region }}:{{account}}:log-group" }""", "t.json",
            ("region", "eu-west-1"), ("account", "123456789012"));

        Assert.Equal("""{ "arn": "arn:aws:logs:eu-west-1:123456789012:log-group" }""", rendered);
    }

    [Fact]
    public void ValuesInsideStringsAreJsonEscapedSoTheDocumentStaysValid()
    {
        const string tricky = "say \"hi\"\\\n\t<b>&é \u0001";

        var rendered = Render("""{ "value": "{{ text }}" }""", "t.json", ("text", tricky));

        Assert.Equal(tricky, JsonDocument.Parse(rendered).RootElement.GetProperty("value").GetString());
    }

    [Fact]
    public void ValuesInsideYamlDoubleQuotesAreEscapedAndSingleQuotesDoubled()
    {
        const string tricky = "it's \"quoted\"\\ and: colon";
        var rendered = Render("a: \"{{ text }}\"\nb: '{{ text }}'\n", "t.yaml", ("text", tricky));

        var yaml = new YamlStream();
        yaml.Load(new StringReader(rendered));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal(tricky, ((YamlScalarNode)root["a"]).Value);
        Assert.Equal(tricky, ((YamlScalarNode)root["b"]).Value);
    }

    [Fact]
    public void APlaceholderOutsideQuotesTakesANumberOrABoolean()
    {
        Assert.Equal("""{ "port": 8080, "on": true }""",
            Render("""{ "port": {{ port }}, "on": {{ on }} }""", "t.json", ("port", "8080"), ("on", "true")));

        var error = Assert.Throws<TemplateRenderException>(() =>
            Render("{\n  \"port\": {{ port }}\n}", "t.json", ("port", "8080, \"evil\": 1")));
        Assert.Equal("t.json:2: placeholder {{ port }} stands outside quotes, so it takes a number or true/false, not '8080, \"evil\": 1': quote it to insert text", error.Message);
    }

    [Fact]
    public void AnUnknownPlaceholderNamesTheFileTheLineAndThePlaceholder()
    {
        var error = Assert.Throws<TemplateRenderException>(() =>
            Render("{\n  \"a\": \"{{ region }}\",\n  \"b\": \"{{ regoin }}\"\n}", "templates/x.json", ("region", "us-east-1")));

        Assert.StartsWith("templates/x.json:3: unknown placeholder {{ regoin }}", error.Message);
        Assert.Contains("(known: region)", error.Message);
        Assert.Equal(("templates/x.json", 3, "regoin"), (error.TemplatePath, error.Line, error.Placeholder));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void APlaceholderWhoseValueIsEmptyIsUnfilled(string? value)
    {
        var error = Assert.Throws<TemplateRenderException>(() => Render("\n\"{{ commit }}\"", "t.json", ("commit", value)));

        Assert.Equal("t.json:2: placeholder {{ commit }} has no value: set it (a build parameter or a stack output)", error.Message);
    }

    [Fact]
    public void AMalformedPlaceholderIsRefused()
    {
        var error = Assert.Throws<TemplateRenderException>(() => PlaceholderTemplate.Parse("{ \"a\": \"{{ image \" }", "t.json"));

        Assert.StartsWith("t.json:1: malformed placeholder '{{ image \" }'", error.Message);
    }

    [Fact]
    public void PlaceholdersInYamlCommentsAreLeftAlone()
    {
        var template = PlaceholderTemplate.Parse("# uses {{ nothing }}\na: \"{{ x }}\" # and {{ more }}\n", "t.yaml");

        Assert.Equal(["x"], template.Placeholders.Select(p => p.Name));
        Assert.Equal("# uses {{ nothing }}\na: \"1\" # and {{ more }}\n", template.Render(new Dictionary<string, string?> { ["x"] = "1" }));
    }

    [Fact]
    public void AHashOrQuoteInsideAYamlStringOrWordDoesNotChangeTheContext()
    {
        var template = PlaceholderTemplate.Parse("a: \"x # {{ one }}\"\nb: don't {{ two }}\nc: \"{{ three }}\"\n", "t.yaml");

        Assert.Equal(
            [("one", PlaceholderQuoting.Double), ("two", PlaceholderQuoting.None), ("three", PlaceholderQuoting.Double)],
            template.Placeholders.Select(p => (p.Name, p.Quoting)));
    }
}
