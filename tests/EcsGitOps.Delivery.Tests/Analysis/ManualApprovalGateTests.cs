using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Tests.Traffic.Doubles;

namespace EcsGitOps.Delivery.Tests.Analysis;

public sealed class ManualApprovalGateTests
{
    [Fact]
    public void Confirming_promotion_without_a_terminal_is_refused_before_anything_moves() =>
        Assert.Equal(
            "--confirm-promotion: needs an interactive terminal to ask for approval; run it from a terminal, " +
            "or drop it and rely on the analysis checks",
            Assert.Throws<InvalidOptionException>(() => ManualApprovalGate.Create(new ScriptedPrompt(true, isInteractive: false)))
                .Message);

    [Theory]
    [InlineData("y\n", true)]
    [InlineData(" YES \n", true)]
    [InlineData("n\n", false)]
    [InlineData("\n", false)]
    [InlineData("", false)]
    public async Task Only_yes_approves_at_the_terminal(string typed, bool approved)
    {
        var screen = new StringWriter();
        var gate = ManualApprovalGate.Create(new TextConfirmationPrompt(new StringReader(typed), screen, isInteractive: true));

        var result = await gate.ApproveAsync(Contexts.AtGreen(90), CancellationToken.None);

        Assert.Equal(approved, result.Passed);
        Assert.Equal("Send 100% of shop/web traffic to green (deployment web:8)? [y/N] ", screen.ToString());
    }
}
