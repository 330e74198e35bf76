using EcsGitOps.Aws.CloudFormation;
using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.CloudFormation;

[Collection(MotoCollection.Name)]
public sealed class CloudFormationClientTests(MotoServer moto) : IAsyncLifetime
{
    const string Template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Description: Logs for the sample service
        Parameters:
          Retention:
            Type: Number
            Default: 7
        Resources:
          Logs:
            Type: AWS::Logs::LogGroup
            Properties:
              RetentionInDays: !Ref Retention
        Outputs:
          LogGroup:
            Value: !Ref Logs
        """;

    readonly AwsClients aws = moto.CreateClients();

    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync()
    {
        aws.Dispose();
        return Task.CompletedTask;
    }

    Task<CreateChangeSetResponse> CreateAsync() => aws.CloudFormation.CreateChangeSetAsync(new()
    {
        StackName = "logs", ChangeSetName = "first", ChangeSetType = "CREATE", TemplateBody = Template,
        Parameters = [new Parameter { ParameterKey = "Retention", ParameterValue = "14" }],
        Capabilities = ["CAPABILITY_NAMED_IAM"],
        Tags = [new Tag { Key = "app", Value = "sample" }],
    });

    [Fact]
    public async Task ValidateTemplate_reads_the_template_description()
    {
        var validated = await aws.CloudFormation.ValidateTemplateAsync(new() { TemplateBody = Template });

        Assert.Equal("Logs for the sample service", validated.Description);
    }

    [Fact]
    public async Task A_change_set_is_described_executed_and_the_stack_completes_as_the_AWS_CLI_also_sees()
    {
        var created = await CreateAsync();
        var changes = new List<Change>();
        await foreach (var listed in aws.CloudFormation.ListAllChangesAsync(new() { StackName = "logs", ChangeSetName = "first" }))
            changes.Add(listed);
        var described = await aws.CloudFormation.DescribeChangeSetAsync(new() { StackName = "logs", ChangeSetName = created.Id! });

        await aws.CloudFormation.ExecuteChangeSetAsync(new() { StackName = "logs", ChangeSetName = "first" });
        var stack = Assert.Single((await aws.CloudFormation.DescribeStacksAsync(new() { StackName = "logs" })).Stacks!);
        var resources = await aws.CloudFormation.DescribeStackResourcesAsync(new() { StackName = "logs" });

        var change = Assert.Single(changes).ResourceChange!;
        Assert.Equal(("Add", "Logs", "AWS::Logs::LogGroup"), (change.Action, change.LogicalResourceId, change.ResourceType));
        Assert.Equal("14", Assert.Single(described.Parameters!).ParameterValue);
        Assert.Equal("CREATE_COMPLETE", described.Status);
        Assert.Equal("CREATE_COMPLETE", stack.StackStatus);
        Assert.Equal(created.StackId, stack.StackId);
        Assert.InRange(stack.CreationTime!.Value, moto.StartedAt.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal("Logs", Assert.Single(resources.StackResources!).LogicalResourceId);
        var cli = await moto.Cli.RunAsync("cloudformation", "describe-stacks", "--stack-name", "logs");
        Assert.Equal("CREATE_COMPLETE", cli.GetProperty("Stacks")[0].GetProperty("StackStatus").GetString());
    }

    [Fact]
    public async Task CreateStack_exports_its_outputs_GetTemplate_returns_the_body_and_UpdateStack_applies_new_parameters()
    {
        const string exporting = Template + """

                Export:
                  Name: sample-logs
            """;
        await aws.CloudFormation.CreateStackAsync(new()
        {
            StackName = "logs", TemplateBody = exporting, Capabilities = ["CAPABILITY_NAMED_IAM"],
            Parameters = [new Parameter { ParameterKey = "Retention", ParameterValue = "14" }],
        });
        var exports = new List<Export>();
        await foreach (var export in aws.CloudFormation.ListAllExportsAsync(new()))
            exports.Add(export);
        var template = await aws.CloudFormation.GetTemplateAsync(new() { StackName = "logs" });

        await aws.CloudFormation.UpdateStackAsync(new()
        {
            StackName = "logs", TemplateBody = exporting,
            Parameters = [new Parameter { ParameterKey = "Retention", ParameterValue = "30" }],
        });

        var only = Assert.Single(exports);
        Assert.Equal(("sample-logs", true), (only.Name, only.Value!.Length > 0));
        Assert.Equal(exporting, template.TemplateBody);
        var stack = Assert.Single((await aws.CloudFormation.DescribeStacksAsync(new() { StackName = "logs" })).Stacks!);
        // Moto 5.2.1 drops a stack's outputs on UpdateStack; AWS keeps them. Only what both do is asserted.
        Assert.Equal(("UPDATE_COMPLETE", "30"), (stack.StackStatus, Assert.Single(stack.Parameters!).ParameterValue));
    }

    [Fact]
    public async Task Stack_events_are_listed_newest_first_and_a_deleted_stack_is_gone()
    {
        await CreateAsync();
        await aws.CloudFormation.ExecuteChangeSetAsync(new() { StackName = "logs", ChangeSetName = "first" });

        var events = new List<StackEvent>();
        await foreach (var stackEvent in aws.CloudFormation.ListAllStackEventsAsync(new() { StackName = "logs" }))
            events.Add(stackEvent);
        await aws.CloudFormation.DeleteStackAsync(new() { StackName = "logs" });
        var afterDelete = await moto.Cli.RunAsync("cloudformation", "list-stacks", "--stack-status-filter", "DELETE_COMPLETE");

        Assert.NotEmpty(events);
        Assert.Equal(events.OrderByDescending(e => e.Timestamp).Select(e => e.EventId), events.Select(e => e.EventId));
        Assert.Equal("logs", afterDelete.GetProperty("StackSummaries")[0].GetProperty("StackName").GetString());
    }

    [Fact]
    public async Task A_deleted_change_set_can_no_longer_be_described()
    {
        await CreateAsync();

        await aws.CloudFormation.DeleteChangeSetAsync(new() { StackName = "logs", ChangeSetName = "first" });

        // AWS answers ChangeSetNotFound, moto ValidationError: both are a 400 naming the change set.
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.CloudFormation.DescribeChangeSetAsync(new() { StackName = "logs", ChangeSetName = "first" }));
        Assert.Equal(400, error.HttpStatus);
        Assert.Contains("first", error.ServiceMessage);
    }

    [Fact]
    public async Task A_missing_stack_is_a_validation_error_carrying_the_request_id_from_the_XML_body()
    {
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.CloudFormation.DescribeStacksAsync(new() { StackName = "nope" }));

        Assert.Equal("ValidationError", error.ErrorCode);
        Assert.Equal("Stack with id nope does not exist", error.ServiceMessage);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Equal($"CloudFormation DescribeStacks failed: ValidationError: Stack with id nope does not exist (request id {error.RequestId})", error.Message);
    }
}
