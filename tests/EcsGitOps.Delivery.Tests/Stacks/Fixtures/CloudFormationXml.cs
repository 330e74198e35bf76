using System.Globalization;
using System.Security;

namespace EcsGitOps.Delivery.Tests.Stacks.Fixtures;

/// <summary>CloudFormation's query-protocol answers, shaped as the service sends them (API version 2010-05-15).</summary>
public static class CloudFormationXml
{
    const string Namespace = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
    public const string Account = "123456789012";

    public static DateTimeOffset T0 { get; } = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    public static string StackId(string name) => $"arn:aws:cloudformation:us-east-1:{Account}:stack/{name}/6b9f3c40-0c1e-11f1-9d4a-0affd3a1b2c3";

    public static Reply Error(string code, string message) => new(400,
        $"""<ErrorResponse xmlns="{Namespace}"><Error><Type>Sender</Type><Code>{code}</Code><Message>{E(message)}</Message></Error><RequestId>{RequestId()}</RequestId></ErrorResponse>""");

    public static Reply NoSuchStack(string name) => Error("ValidationError", $"Stack with id {name} does not exist");

    /// <summary>An answer with no result members, as ExecuteChangeSet, DeleteChangeSet and ContinueUpdateRollback send.</summary>
    public static Reply Ok(string action) => Response(action, "");

    /// <summary>DeleteStack's answer carries no result element at all.</summary>
    public static Reply DeleteStack() => new(200,
        $"""<DeleteStackResponse xmlns="{Namespace}"><ResponseMetadata><RequestId>{RequestId()}</RequestId></ResponseMetadata></DeleteStackResponse>""");

    public static Reply StackIs(
        string name, string status, string? reason = null, IReadOnlyDictionary<string, string>? outputs = null, IReadOnlyDictionary<string, string>? parameters = null) =>
        Response("DescribeStacks", $"""
            <Stacks>
              <member>
                <StackId>{StackId(name)}</StackId>
                <StackName>{E(name)}</StackName>
                <CreationTime>{Time(T0)}</CreationTime>
                <StackStatus>{status}</StackStatus>{(reason is null ? "" : $"\n<StackStatusReason>{E(reason)}</StackStatusReason>")}
                <Parameters>{string.Concat((parameters ?? new Dictionary<string, string>()).Select(p =>
                    $"<member><ParameterKey>{E(p.Key)}</ParameterKey><ParameterValue>{E(p.Value)}</ParameterValue></member>"))}</Parameters>
                <DisableRollback>false</DisableRollback>
                <NotificationARNs/>
                <Capabilities><member>CAPABILITY_NAMED_IAM</member></Capabilities>
                <Outputs>{string.Concat((outputs ?? new Dictionary<string, string>()).Select(o =>
                    $"<member><OutputKey>{E(o.Key)}</OutputKey><OutputValue>{E(o.Value)}</OutputValue><ExportName>{E(name)}-{E(o.Key)}</ExportName></member>"))}</Outputs>
                <Tags/>
                <EnableTerminationProtection>false</EnableTerminationProtection>
                <DriftInformation><StackDriftStatus>NOT_CHECKED</StackDriftStatus></DriftInformation>
              </member>
            </Stacks>
            """);

    /// <summary>The ARN every replayed change set has, whatever name the request gave.</summary>
    public static string ChangeSetArn => ChangeSetId("ecsgitops-change-set");

    public static Reply ChangeSetCreated(string stack) =>
        Response("CreateChangeSet", $"<Id>{ChangeSetArn}</Id><StackId>{StackId(stack)}</StackId>");

    public static Reply ChangeSet(string stack, string status, string? reason = null, string? nextToken = null, params ChangeXml[] changes) =>
        Response("DescribeChangeSet", $"""
            <ChangeSetName>ecsgitops-change-set</ChangeSetName>
            <ChangeSetId>{ChangeSetId("ecsgitops-change-set")}</ChangeSetId>
            <StackId>{StackId(stack)}</StackId>
            <StackName>{E(stack)}</StackName>
            <CreationTime>{Time(T0)}</CreationTime>
            <ExecutionStatus>{(status == "CREATE_COMPLETE" ? "AVAILABLE" : "UNAVAILABLE")}</ExecutionStatus>
            <Status>{status}</Status>{(reason is null ? "" : $"\n<StatusReason>{E(reason)}</StatusReason>")}
            <NotificationARNs/>
            <Capabilities><member>CAPABILITY_NAMED_IAM</member></Capabilities>
            <Changes>{string.Concat(changes.Select(c => c.Xml))}</Changes>{(nextToken is null ? "" : $"\n<NextToken>{nextToken}</NextToken>")}
            <IncludeNestedStacks>false</IncludeNestedStacks>
            """);

    public static ChangeXml Change(string action, string logicalId, string type, string? replacement = null) => new($"""
        <member>
          <Type>Resource</Type>
          <ResourceChange>
            <Action>{action}</Action>
            <LogicalResourceId>{E(logicalId)}</LogicalResourceId>{(action == "Add" ? "" : $"\n<PhysicalResourceId>{E(logicalId.ToLowerInvariant())}-1a2b3c</PhysicalResourceId>")}
            <ResourceType>{type}</ResourceType>{(replacement is null ? "" : $"\n<Replacement>{replacement}</Replacement>")}
            <Scope>{(action == "Modify" ? "<member>Properties</member>" : "")}</Scope>
            <Details/>
          </ResourceChange>
        </member>
        """);

    /// <summary>Newest first, as the service lists them.</summary>
    public static Reply Events(params EventXml[] newestFirst) =>
        Response("DescribeStackEvents", $"<StackEvents>{string.Concat(newestFirst.Select(e => e.Xml))}</StackEvents>");

    public static EventXml Event(string stack, int second, string logicalId, string type, string status, string? reason = null) => new($"""
        <member>
          <Timestamp>{Time(T0.AddSeconds(second))}</Timestamp>
          <ResourceStatus>{status}</ResourceStatus>
          <StackId>{StackId(stack)}</StackId>
          <EventId>{(type == "AWS::CloudFormation::Stack" ? EventUuid(stack, second, status) : $"{logicalId}-{status}-{Time(T0.AddSeconds(second))}")}</EventId>
          <LogicalResourceId>{E(logicalId)}</LogicalResourceId>
          <StackName>{E(stack)}</StackName>
          <PhysicalResourceId>{(type == "AWS::CloudFormation::Stack" ? StackId(stack) : "")}</PhysicalResourceId>{(reason is null ? "" : $"\n<ResourceStatusReason>{E(reason)}</ResourceStatusReason>")}
          <ResourceType>{type}</ResourceType>
        </member>
        """);

    public static EventXml StackEvent(string stack, int second, string status, string? reason = null) =>
        Event(stack, second, stack, "AWS::CloudFormation::Stack", status, reason);

    static Reply Response(string action, string result) => new(200, $"""
        <{action}Response xmlns="{Namespace}">
          <{action}Result>{result}</{action}Result>
          <ResponseMetadata><RequestId>{RequestId()}</RequestId></ResponseMetadata>
        </{action}Response>
        """);

    static string ChangeSetId(string name) => $"arn:aws:cloudformation:us-east-1:{Account}:changeSet/{name}/0e5b7a52-2c4d-4f1e-8a3b-1c2d3e4f5a6b";

    static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    // Stack-level event ids are UUIDs; a stable one per (stack, second, status) keeps repeated pages identical, as the service's are.
    static string EventUuid(string stack, int second, string status) =>
        new System.Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{stack}/{second}/{status}"))[..16]).ToString();

    static string RequestId() => System.Guid.NewGuid().ToString();

    static string E(string text) => SecurityElement.Escape(text);
}

public sealed record ChangeXml(string Xml);

public sealed record EventXml(string Xml);
