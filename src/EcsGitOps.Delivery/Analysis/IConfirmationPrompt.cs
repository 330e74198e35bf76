namespace EcsGitOps.Delivery.Analysis;

/// <summary>A person at a terminal who can answer yes or no.</summary>
public interface IConfirmationPrompt
{
    /// <summary>False in CI, with redirected input, or anywhere nobody can answer.</summary>
    bool IsInteractive { get; }

    Task<bool> ConfirmAsync(string question, CancellationToken cancellationToken);
}
