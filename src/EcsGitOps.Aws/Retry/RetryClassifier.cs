using System.Net.Sockets;

namespace EcsGitOps.Aws.Retry;

/// <summary>Decides whether a failed attempt is worth another: throttling and transient faults yes, the caller's mistakes never.</summary>
internal static class RetryClassifier
{
    static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "RequestThrottled", "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    };

    static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "InternalFailure", "ServiceUnavailable",
    };

    /// <param name="attempt">0 for the first attempt.</param>
    public static bool ShouldRetry(Exception exception, int attempt, CancellationToken callerToken) => exception switch
    {
        AwsServiceException e when ThrottlingCodes.Contains(e.ErrorCode) => true,
        AwsServiceException { HttpStatus: 429 or 502 or 503 or 504 } => true,
        // A 500 may be a bug in the service that repeats for ever: one more try, no more.
        AwsServiceException { HttpStatus: 500 } => attempt == 0,
        AwsServiceException e when e.HttpStatus != 400 && TransientCodes.Contains(e.ErrorCode) => true,
        AwsServiceException => false,
        HttpRequestException or IOException or SocketException => !callerToken.IsCancellationRequested,
        // HttpClient reports its own per-attempt timeout as a cancellation the caller did not ask for.
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    public static bool IsThrottling(string errorCode) => ThrottlingCodes.Contains(errorCode);
}
