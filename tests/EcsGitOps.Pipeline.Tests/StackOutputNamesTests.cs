using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace EcsGitOps.Pipeline.Tests;

/// The stack outputs build/ reads by name are outputs some template in infra/ declares.
public partial class StackOutputNamesTests
{
    [Fact]
    public void Every_stack_output_build_reads_is_declared_by_a_template()
    {
        var declared = Directory.GetFiles(Path.Combine(Repository.Root, "infra"), "*.yaml").SelectMany(OutputsOf).ToHashSet();
        var read = Directory.GetFiles(Path.Combine(Repository.Root, "build"), "*.cs")
            .SelectMany(file => OutputRead().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value))
            .Distinct()
            .ToList();

        Assert.Contains("ClusterName", read);
        Assert.Equal([], read.Except(declared));
    }

    static IEnumerable<string> OutputsOf(string template)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(template))
            yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return root.Children.TryGetValue(new YamlScalarNode("Outputs"), out var outputs)
            ? ((YamlMappingNode)outputs).Children.Keys.Select(key => ((YamlScalarNode)key).Value!)
            : [];
    }

    [GeneratedRegex("""(?:Output\(outputs, |outputs\.(?:TryGetValue|GetValueOrDefault)\()"(?<name>\w+)"|TaskSetTargetsOf\(outputs, "(?<name>\w+)"\)""")]
    private static partial Regex OutputRead();
}
