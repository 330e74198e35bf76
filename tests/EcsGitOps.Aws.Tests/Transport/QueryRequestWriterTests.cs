using System.Text.Json.Nodes;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.Tests.Transport;

public sealed class QueryRequestWriterTests
{
    [Fact]
    public void Nested_lists_and_scalars_flatten_into_numbered_members()
    {
        var request = JsonNode.Parse("""
            {"ListenerArn":"arn:l","DefaultActions":[{"Type":"forward","ForwardConfig":{"TargetGroups":[{"TargetGroupArn":"arn:b","Weight":90},{"TargetGroupArn":"arn:g","Weight":10}],"TargetGroupStickinessConfig":{"Enabled":false}}}]}
            """);

        var fields = QueryRequestWriter.Write("ModifyListener", "2015-12-01", request);

        Assert.Equal(
        [
            new("Action", "ModifyListener"), new("Version", "2015-12-01"), new("ListenerArn", "arn:l"),
            new("DefaultActions.member.1.Type", "forward"),
            new("DefaultActions.member.1.ForwardConfig.TargetGroups.member.1.TargetGroupArn", "arn:b"),
            new("DefaultActions.member.1.ForwardConfig.TargetGroups.member.1.Weight", "90"),
            new("DefaultActions.member.1.ForwardConfig.TargetGroups.member.2.TargetGroupArn", "arn:g"),
            new("DefaultActions.member.1.ForwardConfig.TargetGroups.member.2.Weight", "10"),
            new("DefaultActions.member.1.ForwardConfig.TargetGroupStickinessConfig.Enabled", "false"),
        ], fields);
    }

    [Fact]
    public void An_empty_list_is_sent_as_an_empty_value_so_the_service_clears_it() =>
        Assert.Contains(new KeyValuePair<string, string>("NotificationARNs", ""),
            QueryRequestWriter.Write("CreateChangeSet", "2010-05-15", JsonNode.Parse("""{"NotificationARNs":[]}""")));
}
