namespace EcsGitOps.Delivery.Analysis;

/// <summary>Asks on a text terminal (the console, given by the build); only "y" or "yes" approves.</summary>
public sealed class TextConfirmationPrompt(TextReader input, TextWriter output, bool isInteractive) : IConfirmationPrompt
{
    public bool IsInteractive => isInteractive;

    public async Task<bool> ConfirmAsync(string question, CancellationToken cancellationToken)
    {
        await output.WriteAsync($"{question} [y/N] ".AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        var answer = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        return answer?.Trim().ToLowerInvariant() is "y" or "yes";
    }
}
