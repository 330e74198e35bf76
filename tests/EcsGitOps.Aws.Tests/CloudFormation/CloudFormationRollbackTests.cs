using EcsGitOps.Aws.CloudFormation;
using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.CloudFormation;

/// <summary>moto never fails or rolls back a stack: these replay CloudFormation's real query/XML answers from a local server.</summary>
public sealed class CloudFormationRollbackTests : IDisposable
{
    const string StackId = "arn:aws:cloudformation:us-east-1:123456789012:stack/service/5b9f1a70-0f3c-11ef-9b4e-0a1b2c3d4e5f";

    readonly ReplayServer server = new();
    readonly AwsClients aws;

    public CloudFormationRollbackTests() => aws = new AwsClients(server.Options());

    public void Dispose()
    {
        aws.Dispose();
        server.Dispose();
    }

    [Fact]
    public async Task A_stack_stuck_in_UPDATE_ROLLBACK_FAILED_is_read_with_its_outputs_AgainstReplayedCloudFormationResponses()
    {
        server.Reply(200, $"""
            <DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
              <DescribeStacksResult>
                <Stacks>
                  <member>
                    <StackId>{StackId}</StackId>
                    <StackName>service</StackName>
                    <CreationTime>2026-11-20T10:15:30.123Z</CreationTime>
                    <LastUpdatedTime>2026-11-27T18:02:11.456Z</LastUpdatedTime>
                    <StackStatus>UPDATE_ROLLBACK_FAILED</StackStatus>
                    <StackStatusReason>The following resource(s) failed to update: [Service].</StackStatusReason>
                    <DisableRollback>false</DisableRollback>
                    <EnableTerminationProtection>true</EnableTerminationProtection>
                    <Capabilities><member>CAPABILITY_NAMED_IAM</member></Capabilities>
                    <Outputs>
                      <member><OutputKey>ServiceArn</OutputKey><OutputValue>arn:aws:ecs:us-east-1:123456789012:service/apps/web</OutputValue><ExportName>service-arn</ExportName></member>
                    </Outputs>
                    <Parameters/>
                    <Tags/>
                  </member>
                </Stacks>
              </DescribeStacksResult>
              <ResponseMetadata><RequestId>8a1b2c3d-0000-4e5f-a6b7-c8d9e0f1a2b3</RequestId></ResponseMetadata>
            </DescribeStacksResponse>
            """, "text/xml");

        var stack = Assert.Single((await aws.CloudFormation.DescribeStacksAsync(new() { StackName = "service" })).Stacks!);

        Assert.Equal("UPDATE_ROLLBACK_FAILED", stack.StackStatus);
        Assert.True(stack.EnableTerminationProtection);
        Assert.False(stack.DisableRollback);
        Assert.Equal(["CAPABILITY_NAMED_IAM"], stack.Capabilities);
        Assert.Equal("service-arn", Assert.Single(stack.Outputs!).ExportName);
        Assert.Empty(stack.Parameters!);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 18, 2, 11, 456, TimeSpan.Zero), stack.LastUpdatedTime);
    }

    [Fact]
    public async Task Resource_failures_are_read_across_pages_of_stack_events_AgainstReplayedCloudFormationResponses()
    {
        server.Reply(200, Events("""
            <member><StackId>S</StackId><EventId>Service-UPDATE_FAILED-2026-11-27T18:01:50.000Z</EventId><StackName>service</StackName>
              <LogicalResourceId>Service</LogicalResourceId><PhysicalResourceId>arn:aws:ecs:us-east-1:123456789012:service/apps/web</PhysicalResourceId>
              <ResourceType>AWS::ECS::Service</ResourceType><Timestamp>2026-11-27T18:01:50.000Z</Timestamp><ResourceStatus>UPDATE_FAILED</ResourceStatus>
              <ResourceStatusReason>Resource handler returned message: "Invalid request provided: TaskDefinition is inactive"</ResourceStatusReason></member>
            """, "<NextToken>page-2</NextToken>"))
              .Reply(200, Events("""
            <member><StackId>S</StackId><EventId>e-1</EventId><StackName>service</StackName><LogicalResourceId>service</LogicalResourceId>
              <ResourceType>AWS::CloudFormation::Stack</ResourceType><Timestamp>2026-11-27T18:00:00Z</Timestamp><ResourceStatus>UPDATE_IN_PROGRESS</ResourceStatus></member>
            """, ""));

        var events = new List<StackEvent>();
        await foreach (var stackEvent in aws.CloudFormation.ListAllStackEventsAsync(new() { StackName = "service" }))
            events.Add(stackEvent);

        Assert.Equal(["UPDATE_FAILED", "UPDATE_IN_PROGRESS"], events.Select(e => e.ResourceStatus));
        Assert.Contains("TaskDefinition is inactive", events[0].ResourceStatusReason);
        var second = server.Requests.ToArray()[1].Body;
        Assert.Contains("Action=DescribeStackEvents", second);
        Assert.Contains("NextToken=page-2", second);
    }

    [Fact]
    public async Task ContinueUpdateRollback_sends_the_resources_to_skip_as_a_member_list_AgainstReplayedCloudFormationResponses()
    {
        server.Reply(200, """
            <ContinueUpdateRollbackResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
              <ContinueUpdateRollbackResult/>
              <ResponseMetadata><RequestId>5ccc7dcd-744c-11e5-be70-example</RequestId></ResponseMetadata>
            </ContinueUpdateRollbackResponse>
            """, "text/xml");

        await aws.CloudFormation.ContinueUpdateRollbackAsync(new() { StackName = "service", ResourcesToSkip = ["Service", "Mesh.Route"] });

        var form = Assert.Single(server.Requests).Body.Split('&');
        Assert.Contains("Action=ContinueUpdateRollback", form);
        Assert.Contains("Version=2010-05-15", form);
        Assert.Contains("ResourcesToSkip.member.1=Service", form);
        Assert.Contains("ResourcesToSkip.member.2=Mesh.Route", form);
    }

    static string Events(string members, string nextToken) => $"""
        <DescribeStackEventsResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
          <DescribeStackEventsResult><StackEvents>{members}</StackEvents>{nextToken}</DescribeStackEventsResult>
          <ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>
        </DescribeStackEventsResponse>
        """;
}
