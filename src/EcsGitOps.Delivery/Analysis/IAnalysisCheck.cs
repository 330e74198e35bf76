namespace EcsGitOps.Delivery.Analysis;

/// <summary>A question asked after each traffic step (alarms OK? error rate low? smoke test green?).</summary>
public interface IAnalysisCheck
{
    string Name { get; }

    /// <summary>Checks that only make sense at some steps (a load test at 50%) say so here.</summary>
    bool RunsAt(AnalysisContext context) => true;

    /// <summary>Failures the check can explain become a failed <see cref="CheckResult"/>, not an exception.</summary>
    Task<CheckResult> RunAsync(AnalysisContext context, CancellationToken cancellationToken);
}
