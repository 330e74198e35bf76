using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Stacks.Fixtures;
using Microsoft.Extensions.Time.Testing;
using static EcsGitOps.Delivery.Tests.Stacks.Fixtures.CloudFormationXml;

namespace EcsGitOps.Delivery.Tests.Stacks;

/// <summary>
/// Rollbacks, failed resources and stacks caught mid-operation, which moto never produces: each test scripts the
/// answers CloudFormation gives, action by action (the last answer repeats), and checks what the deployer did.
/// </summary>
public sealed class StackDeployerReplayTests : IDisposable
{
    const string Web = "web";
    const string Queue = "AWS::SQS::Queue";
    const string Role = "AWS::IAM::Role";
    readonly ReplayedCloudFormation cloudFormation = new();
    readonly RecordingProgress progress = new();

    [Fact]
    public async Task AFailedCreateNamesTheStackItsStatusAndTheFirstFailingResource_AgainstReplayedCloudFormationResponses()
    {
        var review = StackEvent(Web, 0, "REVIEW_IN_PROGRESS", "User Initiated");
        var creating = StackEvent(Web, 5, "CREATE_IN_PROGRESS", "User Initiated");
        var queueStarted = Event(Web, 6, "Jobs", Queue, "CREATE_IN_PROGRESS");
        cloudFormation
            .On("DescribeStacks", NoSuchStack(Web), StackIs(Web, "CREATE_IN_PROGRESS"), StackIs(Web, "ROLLBACK_COMPLETE", "The following resource(s) failed to create: [Jobs, Worker]. Rollback requested by user."))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", ChangeSet(Web, "CREATE_COMPLETE", changes: [Change("Add", "Jobs", Queue), Change("Add", "Worker", Role)]))
            .On("ExecuteChangeSet", Ok("ExecuteChangeSet"))
            .On("DescribeStackEvents",
                NoSuchStack(Web),
                Events(review),
                Events(queueStarted, creating, review),
                Events(
                    StackEvent(Web, 14, "ROLLBACK_COMPLETE"),
                    Event(Web, 13, "Jobs", Queue, "DELETE_COMPLETE"),
                    StackEvent(Web, 10, "ROLLBACK_IN_PROGRESS", "The following resource(s) failed to create: [Jobs, Worker]. Rollback requested by user."),
                    Event(Web, 9, "Worker", Role, "CREATE_FAILED", "Resource creation cancelled"),
                    Event(Web, 8, "Jobs", Queue, "CREATE_FAILED", "Resource handler returned message: \"Queue name jobs already exists\n(Service: Sqs, Status Code: 400)\""),
                    Event(Web, 7, "Worker", Role, "CREATE_IN_PROGRESS"),
                    queueStarted, creating, review));

        var failure = await Assert.ThrowsAsync<StackDeployException>(() => Deployer().DeployAsync(Spec(Web)));

        Assert.Equal(
            "Stack web failed with ROLLBACK_COMPLETE; first failure: Jobs (AWS::SQS::Queue) CREATE_FAILED: Resource handler returned message: " +
            "\"Queue name jobs already exists (Service: Sqs, Status Code: 400)\". Fix the cause, then run DeployInfra again.",
            failure.Message);
        Assert.Equal((Web, "ROLLBACK_COMPLETE"), (failure.StackName, failure.Status));
        Assert.Equal(["Jobs", "Worker"], failure.FailedResources.Select(f => f.LogicalId));
        Assert.Equal("Resource creation cancelled", failure.FailedResources[1].Reason);
    }

    [Fact]
    public async Task EventsArePrintedOnceEachOldestFirstAndOnlyFromTheExecution_AgainstReplayedCloudFormationResponses()
    {
        var previous = StackEvent(Web, 0, "UPDATE_COMPLETE");
        var updating = StackEvent(Web, 20, "UPDATE_IN_PROGRESS", "User Initiated");
        var modifying = Event(Web, 21, "Jobs", Queue, "UPDATE_IN_PROGRESS");
        cloudFormation
            .On("DescribeStacks", StackIs(Web, "UPDATE_COMPLETE"), StackIs(Web, "UPDATE_COMPLETE"), StackIs(Web, "UPDATE_IN_PROGRESS"), StackIs(Web, "UPDATE_COMPLETE"))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", ChangeSet(Web, "CREATE_COMPLETE", changes: Change("Modify", "Jobs", Queue, "False")))
            .On("ExecuteChangeSet", Ok("ExecuteChangeSet"))
            .On("DescribeStackEvents",
                Events(previous),
                Events(previous),
                // Just after ExecuteChangeSet the stack may still read UPDATE_COMPLETE, from before: only its events tell.
                Events(previous),
                Events(modifying, updating, previous),
                Events(StackEvent(Web, 23, "UPDATE_COMPLETE"), Event(Web, 22, "Jobs", Queue, "UPDATE_COMPLETE"), modifying, updating, previous));

        var result = await Deployer().DeployAsync(Spec(Web));

        Assert.Equal((StackAction.Updated, "UPDATE_COMPLETE"), (result.Action, result.Status));
        Assert.Equal(
            ["UPDATE_IN_PROGRESS web", "UPDATE_IN_PROGRESS Jobs", "UPDATE_COMPLETE Jobs", "UPDATE_COMPLETE web"],
            progress.Events(Web).Select(e => $"{e.Status} {e.LogicalId}"));
        Assert.Equal(T0.AddSeconds(20), progress.Events(Web)[0].Time);
        Assert.Equal("User Initiated", progress.Events(Web)[0].Reason);
    }

    [Fact]
    public async Task AFailedUpdateReportsUpdateRollbackCompleteAndTheResourceThatFailed_AgainstReplayedCloudFormationResponses()
    {
        cloudFormation
            .On("DescribeStacks", StackIs(Web, "UPDATE_COMPLETE"), StackIs(Web, "UPDATE_ROLLBACK_COMPLETE"))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", ChangeSet(Web, "CREATE_COMPLETE", changes: Change("Modify", "Worker", Role, "False")))
            .On("ExecuteChangeSet", Ok("ExecuteChangeSet"))
            .On("DescribeStackEvents",
                Events(StackEvent(Web, 0, "UPDATE_COMPLETE")),
                Events(StackEvent(Web, 0, "UPDATE_COMPLETE")),
                Events(
                    StackEvent(Web, 40, "UPDATE_ROLLBACK_COMPLETE"),
                    StackEvent(Web, 35, "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS"),
                    StackEvent(Web, 32, "UPDATE_ROLLBACK_IN_PROGRESS", "The following resource(s) failed to update: [Worker]."),
                    Event(Web, 31, "Worker", Role, "UPDATE_FAILED", "Resource handler returned message: \"Access Denied for iam:UpdateAssumeRolePolicy\""),
                    StackEvent(Web, 30, "UPDATE_IN_PROGRESS", "User Initiated"),
                    StackEvent(Web, 0, "UPDATE_COMPLETE")));

        var failure = await Assert.ThrowsAsync<StackDeployException>(() => Deployer().DeployAsync(Spec(Web)));

        Assert.Equal("UPDATE_ROLLBACK_COMPLETE", failure.Status);
        Assert.StartsWith("Stack web failed with UPDATE_ROLLBACK_COMPLETE; first failure: Worker (AWS::IAM::Role) UPDATE_FAILED: ", failure.Message);
        Assert.Contains("Access Denied for iam:UpdateAssumeRolePolicy", failure.Message);
    }

    [Fact]
    public async Task AStackLeftInRollbackCompleteIsDeletedAndCreatedAgain_AgainstReplayedCloudFormationResponses()
    {
        var oldEvents = new[] { StackEvent(Web, 9, "ROLLBACK_COMPLETE"), StackEvent(Web, 1, "CREATE_IN_PROGRESS", "User Initiated") };
        cloudFormation
            .On("DescribeStacks",
                StackIs(Web, "ROLLBACK_COMPLETE", "The following resource(s) failed to create: [Jobs]."),
                NoSuchStack(Web),
                StackIs(Web, "CREATE_COMPLETE", outputs: new Dictionary<string, string> { ["QueueUrl"] = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs" }))
            .On("DeleteStack", DeleteStack())
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", ChangeSet(Web, "CREATE_COMPLETE", changes: Change("Add", "Jobs", Queue)))
            .On("ExecuteChangeSet", Ok("ExecuteChangeSet"))
            .On("DescribeStackEvents",
                Events(oldEvents),
                Events([StackEvent(Web, 21, "DELETE_COMPLETE"), StackEvent(Web, 20, "DELETE_IN_PROGRESS", "User Initiated"), .. oldEvents]),
                Events(StackEvent(Web, 30, "REVIEW_IN_PROGRESS", "User Initiated")),
                Events(StackEvent(Web, 33, "CREATE_COMPLETE"), Event(Web, 32, "Jobs", Queue, "CREATE_COMPLETE"), StackEvent(Web, 31, "CREATE_IN_PROGRESS", "User Initiated"), StackEvent(Web, 30, "REVIEW_IN_PROGRESS", "User Initiated")));

        var result = await Deployer().DeployAsync(Spec(Web));

        Assert.Equal((StackAction.Created, "CREATE_COMPLETE"), (result.Action, result.Status));
        Assert.Equal(new Dictionary<string, string> { ["QueueUrl"] = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs" }, result.Outputs);
        var actions = cloudFormation.Actions;
        Assert.True(actions.IndexOf("DeleteStack") < actions.IndexOf("CreateChangeSet"), string.Join(", ", actions));
        Assert.Equal("CREATE", cloudFormation.Requests.Single(r => r.Action == "CreateChangeSet")["ChangeSetType"]);
        Assert.Contains(progress.Notes(Web), n => n.Contains("deleting it to create it again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStackInUpdateRollbackFailedHasItsRollbackContinuedThenIsUpdated_AgainstReplayedCloudFormationResponses()
    {
        var failedRollback = StackEvent(Web, 9, "UPDATE_ROLLBACK_FAILED", "The following resource(s) failed to update: [Worker].");
        var rolledBack = new[] { StackEvent(Web, 12, "UPDATE_ROLLBACK_COMPLETE"), StackEvent(Web, 10, "UPDATE_ROLLBACK_IN_PROGRESS", "User Initiated"), failedRollback };
        cloudFormation
            .On("DescribeStacks",
                StackIs(Web, "UPDATE_ROLLBACK_FAILED", "The following resource(s) failed to update: [Worker]."),
                StackIs(Web, "UPDATE_ROLLBACK_COMPLETE"),
                StackIs(Web, "UPDATE_COMPLETE"))
            .On("ContinueUpdateRollback", Ok("ContinueUpdateRollback"))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", ChangeSet(Web, "CREATE_COMPLETE", changes: Change("Modify", "Worker", Role, "False")))
            .On("ExecuteChangeSet", Ok("ExecuteChangeSet"))
            .On("DescribeStackEvents",
                Events(failedRollback),
                Events(rolledBack),
                Events(rolledBack),
                Events([StackEvent(Web, 22, "UPDATE_COMPLETE"), StackEvent(Web, 20, "UPDATE_IN_PROGRESS", "User Initiated"), .. rolledBack]));

        var result = await Deployer().DeployAsync(Spec(Web));

        Assert.Equal((StackAction.Updated, "UPDATE_COMPLETE"), (result.Action, result.Status));
        var actions = cloudFormation.Actions;
        Assert.True(actions.IndexOf("ContinueUpdateRollback") < actions.IndexOf("CreateChangeSet"), string.Join(", ", actions));
        Assert.Equal("UPDATE", cloudFormation.Requests.Single(r => r.Action == "CreateChangeSet")["ChangeSetType"]);
        Assert.Contains(progress.Notes(Web), n => n.Contains("continuing the rollback", StringComparison.Ordinal));
        Assert.Contains(progress.Notes(Web), n => n.Contains("rollback continued to UPDATE_ROLLBACK_COMPLETE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARollbackThatFailsAgainIsReportedWithoutAnUpdate_AgainstReplayedCloudFormationResponses()
    {
        cloudFormation
            .On("DescribeStacks", StackIs(Web, "UPDATE_ROLLBACK_FAILED"))
            .On("ContinueUpdateRollback", Ok("ContinueUpdateRollback"))
            .On("DescribeStackEvents",
                Events(StackEvent(Web, 9, "UPDATE_ROLLBACK_FAILED")),
                Events(
                    StackEvent(Web, 12, "UPDATE_ROLLBACK_FAILED", "The following resource(s) failed to update: [Worker]."),
                    Event(Web, 11, "Worker", Role, "UPDATE_FAILED", "Role worker-role cannot be found"),
                    StackEvent(Web, 10, "UPDATE_ROLLBACK_IN_PROGRESS", "User Initiated"),
                    StackEvent(Web, 9, "UPDATE_ROLLBACK_FAILED")));

        var failure = await Assert.ThrowsAsync<StackDeployException>(() => Deployer().DeployAsync(Spec(Web)));

        Assert.Equal("UPDATE_ROLLBACK_FAILED", failure.Status);
        Assert.Contains("Worker (AWS::IAM::Role) UPDATE_FAILED: Role worker-role cannot be found", failure.Message);
        Assert.DoesNotContain("CreateChangeSet", cloudFormation.Actions);
    }

    [Fact]
    public async Task AStackAlreadyUpdatingIsAwaitedBeforeItsChangeSetIsCreated_AgainstReplayedCloudFormationResponses()
    {
        var othersUpdate = StackEvent(Web, 1, "UPDATE_IN_PROGRESS", "User Initiated");
        var othersDone = new[] { StackEvent(Web, 4, "UPDATE_COMPLETE"), othersUpdate };
        cloudFormation
            .On("DescribeStacks", StackIs(Web, "UPDATE_IN_PROGRESS"), StackIs(Web, "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS"), StackIs(Web, "UPDATE_COMPLETE"))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", ChangeSet(Web, "CREATE_IN_PROGRESS"), ChangeSet(Web, "CREATE_COMPLETE", changes: Change("Modify", "Jobs", Queue, "False")))
            .On("ExecuteChangeSet", Ok("ExecuteChangeSet"))
            .On("DescribeStackEvents",
                Events(othersUpdate),
                Events(othersUpdate),
                Events(othersDone),
                Events(othersDone),
                Events([StackEvent(Web, 9, "UPDATE_COMPLETE"), StackEvent(Web, 8, "UPDATE_IN_PROGRESS", "User Initiated"), .. othersDone]));

        var result = await Deployer().DeployAsync(Spec(Web));

        Assert.Equal((StackAction.Updated, "UPDATE_COMPLETE"), (result.Action, result.Status));
        var actions = cloudFormation.Actions;
        Assert.Equal(3, actions.Take(actions.IndexOf("CreateChangeSet")).Count(a => a == "DescribeStacks"));
        Assert.Contains(progress.Notes(Web), n => n.Contains("is UPDATE_IN_PROGRESS: waiting for it to finish", StringComparison.Ordinal));
        Assert.Contains(progress.Events(Web), e => e.Time == T0.AddSeconds(4) && e.Status == "UPDATE_COMPLETE");
    }

    [Fact]
    public async Task AStackLeftInReviewIsCreatedWithACreateChangeSet_AgainstReplayedCloudFormationResponses()
    {
        var review = StackEvent(Web, 0, "REVIEW_IN_PROGRESS", "User Initiated");
        cloudFormation
            .On("DescribeStacks", StackIs(Web, "REVIEW_IN_PROGRESS"), StackIs(Web, "CREATE_COMPLETE"))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", ChangeSet(Web, "CREATE_COMPLETE", changes: Change("Add", "Jobs", Queue)))
            .On("ExecuteChangeSet", Ok("ExecuteChangeSet"))
            .On("DescribeStackEvents", Events(review), Events(review), Events(StackEvent(Web, 3, "CREATE_COMPLETE"), StackEvent(Web, 1, "CREATE_IN_PROGRESS"), review));

        var result = await Deployer().DeployAsync(Spec(Web));

        Assert.Equal(StackAction.Created, result.Action);
        Assert.Equal("CREATE", cloudFormation.Requests.Single(r => r.Action == "CreateChangeSet")["ChangeSetType"]);
    }

    [Fact]
    public async Task AChangeSetWithoutChangesIsUpToDateAndDeleted_AgainstReplayedCloudFormationResponses()
    {
        cloudFormation
            .On("DescribeStacks", StackIs(Web, "UPDATE_COMPLETE", outputs: new Dictionary<string, string> { ["ClusterName"] = "ecsgitops-cluster" }))
            .On("DescribeStackEvents", Events(StackEvent(Web, 0, "UPDATE_COMPLETE")))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet",
                ChangeSet(Web, "CREATE_PENDING"),
                ChangeSet(Web, "FAILED", "The submitted information didn't contain changes. Submit different information to create a change set."))
            .On("DeleteChangeSet", Ok("DeleteChangeSet"));

        var result = await Deployer().DeployAsync(Spec(Web));

        Assert.Equal((StackAction.UpToDate, "UPDATE_COMPLETE", 0), (result.Action, result.Status, result.Changes));
        Assert.Equal("ecsgitops-cluster", result.Outputs["ClusterName"]);
        Assert.Matches("^ecsgitops-[0-9]{8}-[0-9]{6}-[0-9]{3}-[0-9a-f]{4}$", cloudFormation.Requests.Single(r => r.Action == "CreateChangeSet")["ChangeSetName"]);
        Assert.Equal(ChangeSetArn, cloudFormation.Requests.Single(r => r.Action == "DeleteChangeSet")["ChangeSetName"]);
        Assert.DoesNotContain("ExecuteChangeSet", cloudFormation.Actions);
    }

    [Fact]
    public async Task AChangeSetThatFailsForAnotherReasonFailsTheStackWithThatReason_AgainstReplayedCloudFormationResponses()
    {
        cloudFormation
            .On("DescribeStacks", StackIs(Web, "UPDATE_COMPLETE"))
            .On("DescribeStackEvents", Events(StackEvent(Web, 0, "UPDATE_COMPLETE")))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", ChangeSet(Web, "FAILED", "Template format error: Unresolved resource dependencies [Topic] in the Resources block of the template"))
            .On("DeleteChangeSet", Ok("DeleteChangeSet"));

        var failure = await Assert.ThrowsAsync<StackDeployException>(() => Deployer().DeployAsync(Spec(Web)));

        Assert.Matches(
            "^Stack web: change set ecsgitops-[0-9a-f-]+ failed: Template format error: Unresolved resource dependencies \\[Topic\\] in the Resources block of the template. " +
            "Fix the template or its parameters, then run DeployInfra again.$",
            failure.Message);
        Assert.DoesNotContain("ExecuteChangeSet", cloudFormation.Actions);
    }

    [Fact]
    public async Task ARejectedChangeSetForANewStackRemovesTheReviewStackItMade_AgainstReplayedCloudFormationResponses()
    {
        cloudFormation
            .On("DescribeStacks", NoSuchStack(Web), StackIs(Web, "REVIEW_IN_PROGRESS"), NoSuchStack(Web))
            .On("DescribeStackEvents", NoSuchStack(Web))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", ChangeSet(Web, "FAILED", "Parameters: [EnvironmentName] must have values"))
            .On("DeleteChangeSet", Ok("DeleteChangeSet"))
            .On("DeleteStack", DeleteStack());

        var failure = await Assert.ThrowsAsync<StackDeployException>(() => Deployer().DeployAsync(Spec(Web)));

        Assert.Contains("failed: Parameters: [EnvironmentName] must have values.", failure.Message);
        Assert.Equal(["DeleteChangeSet", "DescribeStacks", "DeleteStack", "DescribeStacks"], cloudFormation.Actions[^4..]);
    }

    [Fact]
    public async Task AStackFoundInReviewIsLeftAsFoundByADryRun_AgainstReplayedCloudFormationResponses()
    {
        cloudFormation
            .On("DescribeStacks", StackIs(Web, "REVIEW_IN_PROGRESS"))
            .On("DescribeStackEvents", Events(StackEvent(Web, 0, "REVIEW_IN_PROGRESS", "User Initiated")))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", ChangeSet(Web, "CREATE_COMPLETE", changes: Change("Add", "Jobs", Queue)))
            .On("DeleteChangeSet", Ok("DeleteChangeSet"));

        var result = await Deployer(dryRun: true).DeployAsync(Spec(Web));

        Assert.Equal((StackAction.DryRun, "REVIEW_IN_PROGRESS", 1), (result.Action, result.Status, result.Changes));
        Assert.Equal("CREATE", cloudFormation.Requests.Single(r => r.Action == "CreateChangeSet")["ChangeSetType"]);
        Assert.DoesNotContain("DeleteStack", cloudFormation.Actions);
    }

    [Theory]
    [InlineData("DELETE_FAILED")]
    [InlineData("ROLLBACK_FAILED")]
    [InlineData("CREATE_FAILED")]
    public async Task AStackInAStateOnlyAPersonCanResolveIsReportedUntouched_AgainstReplayedCloudFormationResponses(string status)
    {
        cloudFormation
            .On("DescribeStacks", StackIs(Web, status, "The following resource(s) failed to delete: [Bucket]."))
            .On("DescribeStackEvents", Events(StackEvent(Web, 9, status)));

        var failure = await Assert.ThrowsAsync<StackDeployException>(() => Deployer().DeployAsync(Spec(Web)));

        Assert.Equal(
            $"Stack web is {status} (The following resource(s) failed to delete: [Bucket]), a state CloudFormation cannot update: " +
            "delete the stack (retaining the resources that fail to delete), then run DeployInfra again.",
            failure.Message);
        Assert.Equal(["DescribeStackEvents", "DescribeStacks"], cloudFormation.Actions);
    }

    [Fact]
    public async Task TheChangeSetTableShowsReplacementsFromEveryPage_AgainstReplayedCloudFormationResponses()
    {
        var firstPage = ChangeSet(Web, "CREATE_COMPLETE", nextToken: "page-2",
            changes: [Change("Modify", "TaskDefinition", "AWS::ECS::TaskDefinition", "True"), Change("Modify", "Service", "AWS::ECS::Service", "Conditional")]);
        cloudFormation
            .On("DescribeStacks", StackIs(Web, "UPDATE_COMPLETE"))
            .On("DescribeStackEvents", Events(StackEvent(Web, 0, "UPDATE_COMPLETE")))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", firstPage, firstPage,
                ChangeSet(Web, "CREATE_COMPLETE", changes: [Change("Add", "LogGroup", "AWS::Logs::LogGroup"), Change("Remove", "OldTopic", "AWS::SNS::Topic")]))
            .On("DeleteChangeSet", Ok("DeleteChangeSet"));

        var result = await Deployer(dryRun: true).DeployAsync(Spec(Web));

        Assert.Equal((StackAction.DryRun, 4), (result.Action, result.Changes));
        Assert.Equal(
            [
                "Action  Logical id      Type                      Replacement",
                "Modify  TaskDefinition  AWS::ECS::TaskDefinition  True",
                "Modify  Service         AWS::ECS::Service         Conditional",
                "Add     LogGroup        AWS::Logs::LogGroup       -",
                "Remove  OldTopic        AWS::SNS::Topic           -",
            ],
            ChangeSetTable.Lines(Assert.Single(progress.ChangeSets(Web))));
        Assert.Equal("page-2", cloudFormation.Requests.Last(r => r.Action == "DescribeChangeSet")["NextToken"]);
        Assert.Contains("DeleteChangeSet", cloudFormation.Actions);
        Assert.DoesNotContain("ExecuteChangeSet", cloudFormation.Actions);
        Assert.DoesNotContain("DeleteStack", cloudFormation.Actions);
    }

    [Fact]
    public async Task ADryRunOnlyReportsTheRepairARollbackCompleteStackNeeds_AgainstReplayedCloudFormationResponses()
    {
        cloudFormation
            .On("DescribeStacks", StackIs(Web, "ROLLBACK_COMPLETE"))
            .On("DescribeStackEvents", Events(StackEvent(Web, 9, "ROLLBACK_COMPLETE")));

        var result = await Deployer(dryRun: true).DeployAsync(Spec(Web));

        Assert.Equal((StackAction.DryRun, "ROLLBACK_COMPLETE", 0), (result.Action, result.Status, result.Changes));
        Assert.Equal(["DescribeStackEvents", "DescribeStacks"], cloudFormation.Actions);
        Assert.Contains(progress.Notes(Web), n => n.Contains("a deploy would delete and recreate it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStackThatStaysInProgressPastTheTimeoutFailsWithItsState_AgainstReplayedCloudFormationResponses()
    {
        var clock = new FakeTimeProvider(T0);
        cloudFormation
            .On("DescribeStacks", StackIs(Web, "UPDATE_IN_PROGRESS"))
            .On("DescribeStackEvents", Events(StackEvent(Web, 1, "UPDATE_IN_PROGRESS", "User Initiated")));
        var deployer = new StackDeployer(cloudFormation.CloudFormation, new DeployInfraOptions(false, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(10)), clock, progress);

        var deploying = deployer.DeployAsync(Spec(Web));
        while (!deploying.IsCompleted)
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            await Task.WhenAny(deploying, Task.Delay(5));
        }

        var failure = await Assert.ThrowsAsync<StackDeployException>(() => deploying);
        Assert.Equal(
            "Stack web is still UPDATE_IN_PROGRESS after 30 min, the DeployInfra timeout: CloudFormation carries on; wait for it to finish (or raise the timeout), then run DeployInfra again.",
            failure.Message);
        Assert.True(clock.GetUtcNow() >= T0.AddMinutes(30));
    }

    [Fact]
    public async Task ParametersCapabilitiesAndTagsGoIntoTheChangeSet_AgainstReplayedCloudFormationResponses()
    {
        cloudFormation
            .On("DescribeStacks", StackIs(Web, "UPDATE_COMPLETE"))
            .On("DescribeStackEvents", Events(StackEvent(Web, 0, "UPDATE_COMPLETE")))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", ChangeSet(Web, "CREATE_COMPLETE", changes: Change("Modify", "Jobs", Queue, "False")))
            .On("DeleteChangeSet", Ok("DeleteChangeSet"));
        var spec = Spec(Web) with
        {
            Parameters = new Dictionary<string, string> { ["EnvironmentName"] = "prod" },
            Capabilities = ["CAPABILITY_NAMED_IAM"],
            Tags = new Dictionary<string, string> { ["team"] = "platform" },
        };

        await Deployer(dryRun: true).DeployAsync(spec);

        var request = cloudFormation.Requests.Single(r => r.Action == "CreateChangeSet");
        Assert.Equal(
            [("web", "UPDATE", "EnvironmentName", "prod", "CAPABILITY_NAMED_IAM", "team", "platform")],
            [(request["StackName"], request["ChangeSetType"], request["Parameters.member.1.ParameterKey"], request["Parameters.member.1.ParameterValue"],
              request["Capabilities.member.1"], request["Tags.member.1.Key"], request["Tags.member.1.Value"])]);
        Assert.Equal(spec.TemplateBody, request["TemplateBody"]);
    }

    [Fact]
    public async Task AnUpdateSendsKeepOnUpdateParametersAsUsePreviousValueWithoutTheirNewValue_AgainstReplayedCloudFormationResponses()
    {
        var deployed = new Dictionary<string, string> { ["EnvironmentName"] = "prod", ["InitialImage"] = "sample-api@sha256:" + new string('1', 64) };
        cloudFormation
            .On("DescribeStacks", StackIs(Web, "UPDATE_COMPLETE", parameters: deployed))
            .On("DescribeStackEvents", Events(StackEvent(Web, 0, "UPDATE_COMPLETE")))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", ChangeSet(Web, "CREATE_COMPLETE", changes: Change("Modify", "Jobs", Queue, "False")))
            .On("DeleteChangeSet", Ok("DeleteChangeSet"));
        var spec = KeepingImage(Web, "sample-api@sha256:" + new string('2', 64));

        await Deployer(dryRun: true).DeployAsync(spec);

        var request = cloudFormation.Requests.Single(r => r.Action == "CreateChangeSet");
        Assert.Equal(
            [("EnvironmentName", "prod", null), ("InitialImage", null, "true")],
            [(request["Parameters.member.1.ParameterKey"], request["Parameters.member.1.ParameterValue"], request["Parameters.member.1.UsePreviousValue"]),
             (request["Parameters.member.2.ParameterKey"], request["Parameters.member.2.ParameterValue"], request["Parameters.member.2.UsePreviousValue"])]);
        Assert.Null(request["Parameters.member.3.ParameterKey"]);
    }

    [Fact]
    public async Task ANewStackGetsTheGivenValueOfAKeepOnUpdateParameter_AgainstReplayedCloudFormationResponses()
    {
        cloudFormation
            .On("DescribeStacks", NoSuchStack(Web), StackIs(Web, "REVIEW_IN_PROGRESS"), NoSuchStack(Web))
            .On("DescribeStackEvents", NoSuchStack(Web))
            .On("CreateChangeSet", ChangeSetCreated(Web))
            .On("DescribeChangeSet", ChangeSet(Web, "CREATE_COMPLETE", changes: Change("Add", "Jobs", Queue)))
            .On("DeleteChangeSet", Ok("DeleteChangeSet"))
            .On("DeleteStack", DeleteStack());
        var image = "sample-api@sha256:" + new string('2', 64);

        await Deployer(dryRun: true).DeployAsync(KeepingImage(Web, image));

        var request = cloudFormation.Requests.Single(r => r.Action == "CreateChangeSet");
        Assert.Equal("CREATE", request["ChangeSetType"]);
        var sent = Enumerable.Range(1, 2).ToDictionary(i => request[$"Parameters.member.{i}.ParameterKey"]!, i => request[$"Parameters.member.{i}.ParameterValue"]);
        Assert.Equal(image, sent["InitialImage"]);
        Assert.DoesNotContain(cloudFormation.Requests, r => r.Fields.Keys.Any(k => k.EndsWith("UsePreviousValue", StringComparison.Ordinal)));
    }

    static StackSpec KeepingImage(string name, string image) => Spec(name) with
    {
        Parameters = new Dictionary<string, string> { ["EnvironmentName"] = "prod", ["InitialImage"] = image },
        KeepOnUpdate = new HashSet<string> { "InitialImage" },
    };

    StackDeployer Deployer(bool dryRun = false) =>
        new(cloudFormation.CloudFormation, new DeployInfraOptions(dryRun, TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(1)), TimeProvider.System, progress);

    static StackSpec Spec(string name) => new(
        name,
        "Resources:\n  Jobs:\n    Type: AWS::SQS::Queue\n",
        new Dictionary<string, string>(),
        [],
        new Dictionary<string, string>());

    public void Dispose() => cloudFormation.Dispose();
}
