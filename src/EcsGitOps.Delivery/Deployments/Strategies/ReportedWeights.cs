using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>Turns the share of traffic a platform reports for the new revision (0.0 to 100.0) into whole weights.</summary>
internal static class ReportedWeights
{
    public static TrafficWeights? OnGreen(double? percent) => percent switch
    {
        null or double.NaN => null,
        _ => TrafficWeights.Towards(ColourShift.BlueToGreen, (int)Math.Round(Math.Clamp(percent.Value, 0, 100))),
    };
}
