using System.Text.Json.Serialization;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>How a deployment ended and why, in lines a person can act on.</summary>
public sealed record DeploymentOutcome(DeploymentStatus Status, IReadOnlyList<string> Reasons)
{
    [JsonIgnore]
    public bool IsSuccess => Status == DeploymentStatus.Succeeded;

    public static DeploymentOutcome Succeeded(params IReadOnlyList<string> reasons) => new(DeploymentStatus.Succeeded, reasons);

    /// <summary>The service already runs this image and task definition; nothing was changed.</summary>
    public static DeploymentOutcome AlreadyDeployed(string what) => Succeeded($"already deployed: {what}");

    public static DeploymentOutcome Failed(params IReadOnlyList<string> reasons) => new(DeploymentStatus.Failed, reasons);

    public static DeploymentOutcome RolledBack(params IReadOnlyList<string> reasons) => new(DeploymentStatus.RolledBack, reasons);

    public override string ToString() => Reasons.Count == 0 ? Text : $"{Text}: {string.Join("; ", Reasons)}";

    private string Text => Status switch
    {
        DeploymentStatus.Succeeded => "succeeded",
        DeploymentStatus.RolledBack => "rolled back",
        _ => "failed",
    };
}
