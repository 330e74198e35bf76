using System.Text.Json.Serialization;

namespace EcsGitOps.Delivery.Traffic;

public enum Colour
{
    [JsonStringEnumMemberName("blue")] Blue,
    [JsonStringEnumMemberName("green")] Green,
}
