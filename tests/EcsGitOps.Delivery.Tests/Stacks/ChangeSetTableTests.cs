using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.Tests.Stacks;

public sealed class ChangeSetTableTests
{
    [Fact]
    public void ColumnsAreAlignedAndAMissingReplacementReadsAsADash()
    {
        var changeSet = new ChangeSetSummary("cs", "UPDATE",
        [
            new ChangeSetRow("Add", "Queue", "AWS::SQS::Queue", ""),
            new ChangeSetRow("Modify", "TaskDefinition", "AWS::ECS::TaskDefinition", "True"),
        ]);

        Assert.Equal(
            [
                "Action  Logical id      Type                      Replacement",
                "Add     Queue           AWS::SQS::Queue           -",
                "Modify  TaskDefinition  AWS::ECS::TaskDefinition  True",
            ],
            ChangeSetTable.Lines(changeSet));
    }

    [Fact]
    public void AChangeSetWithoutResourceChangesSaysSo() =>
        Assert.Equal(["(no resource changes)"], ChangeSetTable.Lines(new ChangeSetSummary("cs", "UPDATE", [])));
}
