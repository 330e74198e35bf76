using EcsGitOps.Aws.Retry;

namespace EcsGitOps.Aws.Tests.Retry;

public sealed class BackoffTests
{
    static readonly AwsRetryOptions Options = new() { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(1) };

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 200)]
    [InlineData(3, 800)]
    [InlineData(4, 1000)]
    [InlineData(10, 1000)]
    public void Full_jitter_waits_between_zero_and_the_capped_exponential_ceiling(int attempt, int ceilingMilliseconds)
    {
        var delays = Enumerable.Range(0, 200).Select(_ => RetryPipelineFactory.FullJitter(Options, attempt)).ToList();

        Assert.All(delays, d => Assert.InRange(d.TotalMilliseconds, 0, ceilingMilliseconds));
        Assert.True(delays.Distinct().Count() > 100, "delays should be spread, not fixed");
    }

    [Fact]
    public void Immediate_retries_never_wait() =>
        Assert.All(Enumerable.Range(0, 5), attempt => Assert.Equal(TimeSpan.Zero, RetryPipelineFactory.FullJitter(AwsRetryOptions.Immediate, attempt)));

    [Theory]
    [InlineData("ThrottlingException", 400, 0, true)]
    [InlineData("Throttling", 400, 3, true)]
    [InlineData("RequestLimitExceeded", 503, 0, true)]
    [InlineData("InvalidParameterException", 400, 0, false)]
    [InlineData("ValidationError", 400, 0, false)]
    [InlineData("AccessDeniedException", 403, 0, false)]
    [InlineData("InternalFailure", 500, 0, true)]
    [InlineData("InternalFailure", 500, 1, false)]
    [InlineData("ServiceUnavailable", 503, 2, true)]
    public void Retry_decisions_follow_the_error_code_status_and_attempt(string code, int status, int attempt, bool retried)
    {
        var error = new AwsServiceException("ECS", "UpdateService", code, "m", null, status);

        Assert.Equal(retried, RetryClassifier.ShouldRetry(error, attempt, CancellationToken.None));
    }
}
