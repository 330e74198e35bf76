namespace EcsGitOps.Delivery.Analysis;

/// <summary>Asked once, before the step that sends all traffic to the new colour; a refusal rolls back.</summary>
public interface IPromotionGate
{
    string Name { get; }

    Task<CheckResult> ApproveAsync(AnalysisContext context, CancellationToken cancellationToken);
}
