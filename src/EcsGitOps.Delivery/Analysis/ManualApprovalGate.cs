using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Analysis;

/// <summary><c>--confirm-promotion</c>: a person approves sending all traffic to the new colour.</summary>
public sealed class ManualApprovalGate : IPromotionGate
{
    private readonly IConfirmationPrompt _prompt;

    private ManualApprovalGate(IConfirmationPrompt prompt) => _prompt = prompt;

    public string Name => "manual approval";

    /// <summary>Refuses up front, before any traffic moves, when nobody could answer.</summary>
    public static ManualApprovalGate Create(IConfirmationPrompt prompt) =>
        prompt.IsInteractive
            ? new ManualApprovalGate(prompt)
            : throw new InvalidOptionException("--confirm-promotion", "",
                "needs an interactive terminal to ask for approval; run it from a terminal, or drop it and rely on the analysis checks");

    public async Task<CheckResult> ApproveAsync(AnalysisContext context, CancellationToken cancellationToken)
    {
        var question = $"Send 100% of {context.Service} traffic to {context.Colours.To.Name()}" +
                       $" (deployment {context.DeploymentId})?";
        return await _prompt.ConfirmAsync(question, cancellationToken).ConfigureAwait(false)
            ? CheckResult.Pass(Name, "promotion approved")
            : CheckResult.Fail(Name, "promotion declined");
    }
}
