using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Tests.Analysis;

internal static class Contexts
{
    public static readonly DateTimeOffset WindowStart = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static AnalysisContext AtGreen(int percent, Action<string>? log = null) => new(
        "shop/web", "web:8", ColourShift.BlueToGreen, 2, 10, TrafficWeights.Towards(ColourShift.BlueToGreen, percent),
        WindowStart, WindowStart.AddMinutes(1), log ?? (_ => { }));
}
