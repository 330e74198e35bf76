using EcsGitOps.Delivery.Analysis;

namespace EcsGitOps.Delivery.Tests.Traffic.Doubles;

internal sealed class ScriptedPrompt(bool answer, bool isInteractive = true) : IConfirmationPrompt
{
    public List<string> Questions { get; } = [];

    public bool IsInteractive => isInteractive;

    public Task<bool> ConfirmAsync(string question, CancellationToken cancellationToken)
    {
        Questions.Add(question);
        return Task.FromResult(answer);
    }
}
