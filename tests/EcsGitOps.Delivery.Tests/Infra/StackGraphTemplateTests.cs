using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.Tests.Infra;

public sealed class StackGraphTemplateTests
{
    static IReadOnlyDictionary<string, object?> Map(object? node) => Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(node);

    static IReadOnlyList<object?> List(object? node) => Assert.IsAssignableFrom<IReadOnlyList<object?>>(node);

    [Fact]
    public void ShortFormTagsReadAsTheirLongForms()
    {
        var template = StackGraphTemplate.Parse("""
            Resources:
              R:
                Type: AWS::SSM::Parameter
                Condition: IsProd
                Properties:
                  A: !Ref Name
                  B: !GetAtt Role.Arn
                  C: !GetAtt [Role, Arn]
                  D: !Sub "${Env}-x"
                  E: !Sub ["${A}-y", {A: !ImportValue shared-name}]
                  F: !If [IsProd, !Condition Other, !Ref AWS::NoValue]
                  G: !Base64 text
                  H: "!Ref not-a-tag"
                  I: !!str plain
            """, "t.yaml");

        var properties = Map(Map(Map(template.Resources["R"])["Properties"]));
        Assert.Equal("Name", Map(properties["A"])["Ref"]);
        Assert.Equal(["Role", "Arn"], List(Map(properties["B"])["Fn::GetAtt"]));
        Assert.Equal(["Role", "Arn"], List(Map(properties["C"])["Fn::GetAtt"]));
        Assert.Equal("${Env}-x", Map(properties["D"])["Fn::Sub"]);
        var sub = List(Map(properties["E"])["Fn::Sub"]);
        Assert.Equal("shared-name", Map(Map(sub[1])["A"])["Fn::ImportValue"]);
        Assert.Equal("Other", Map(List(Map(properties["F"])["Fn::If"])[1])["Condition"]);
        Assert.Equal("text", Map(properties["G"])["Fn::Base64"]);
        Assert.Equal("!Ref not-a-tag", properties["H"]);
        Assert.Equal("plain", properties["I"]);
    }

    [Fact]
    public async Task EveryRepositoryTemplateParses()
    {
        foreach (var path in RepositoryPaths.CloudFormationTemplates)
        {
            var template = await StackGraphTemplate.LoadAsync(path, CancellationToken.None);
            Assert.NotEmpty(template.Resources);
            Assert.Equal("ecsgitops", template.DefaultOf("EnvironmentName"));
        }
    }

    [Fact]
    public void InvalidYamlIsReportedWithItsLineAndColumnAndTheFix()
    {
        var error = Assert.Throws<StackGraphException>(() => StackGraphTemplate.Parse("Resources:\n  R: [unclosed\n", "bad.yaml"));

        Assert.Matches(@"^bad\.yaml:\d+:\d+: YAML syntax error: .+\. Fix the template \(cfn-lint bad\.yaml reports it too\)\.$", error.Message);
    }
}
