using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>Which colour a task set is: its <c>ecsgitops:colour</c> tag, else its external id ("blue" or "green").</summary>
public static class TaskSetColour
{
    public const string TagKey = "ecsgitops:colour";

    public static Colour? Of(TaskSet taskSet) =>
        Parse(taskSet.Tags?.FirstOrDefault(tag => tag.Key == TagKey)?.Value) ?? Parse(taskSet.ExternalId);

    public static IReadOnlyList<Tag> Tags(Colour colour) => [new Tag { Key = TagKey, Value = colour.Name() }];

    /// <summary>For messages: "green task set ecs-svc/123".</summary>
    public static string Describe(TaskSet taskSet) =>
        $"{(Of(taskSet) is { } colour ? $"{colour.Name()} " : "")}task set {taskSet.Id ?? taskSet.TaskSetArn}";

    private static Colour? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "blue" => Colour.Blue,
        "green" => Colour.Green,
        _ => null,
    };
}
