using EcsGitOps.Delivery.Analysis;

namespace EcsGitOps.Delivery.Tests.Traffic.Doubles;

/// <summary>A check whose verdict at each call is decided by the test.</summary>
internal sealed class ScriptedCheck(string name, Func<AnalysisContext, int, bool> passes) : IAnalysisCheck
{
    private readonly List<AnalysisContext> _runs = [];

    public string Name => name;

    public IReadOnlyList<AnalysisContext> Runs => _runs;

    public Func<AnalysisContext, bool> Applies { get; init; } = _ => true;

    public static ScriptedCheck Passing(string name = "alarms") => new(name, (_, _) => true);

    public static ScriptedCheck FailingFrom(int canaryWeight, string name = "error rate") =>
        new(name, (context, _) => context.CanaryWeight < canaryWeight);

    public bool RunsAt(AnalysisContext context) => Applies(context);

    public Task<CheckResult> RunAsync(AnalysisContext context, CancellationToken cancellationToken)
    {
        _runs.Add(context);
        return Task.FromResult(passes(context, _runs.Count)
            ? CheckResult.Pass(name, "within limits")
            : CheckResult.Fail(name, $"too high at {context.CanaryWeight}%"));
    }
}
