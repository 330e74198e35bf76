using System.Text.Json.Serialization;

namespace EcsGitOps.Delivery.Deployments;

public enum DeploymentStepKind
{
    /// <summary>Weights moved towards the new colour.</summary>
    [JsonStringEnumMemberName("traffic")] Traffic,

    /// <summary>The new colour was made the one that serves (e.g. primary task set).</summary>
    [JsonStringEnumMemberName("promotion")] Promotion,

    /// <summary>All traffic went back to the stable colour.</summary>
    [JsonStringEnumMemberName("rollback")] Rollback,
}
