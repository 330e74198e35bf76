using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace EcsGitOps.Aws.Retry;

/// <summary>Builds the Polly pipeline every AWS call runs through: a total time bound around bounded, jittered retries.</summary>
internal static class RetryPipelineFactory
{
    public static ResiliencePipeline Create(AwsRetryOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.TotalTimeout });
        return options.MaxAttempts <= 1 ? builder.Build() : builder
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                Delay = TimeSpan.Zero,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e && RetryClassifier.ShouldRetry(e, args.AttemptNumber, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(FullJitter(options, args.AttemptNumber)),
            })
            .Build();
    }

    internal static TimeSpan FullJitter(AwsRetryOptions options, int attempt)
    {
        var ceiling = Math.Min(options.MaxDelay.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }
}
