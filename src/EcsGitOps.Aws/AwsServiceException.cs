namespace EcsGitOps.Aws;

/// <summary>An AWS call that failed: the service answered with an error, or could not be reached or understood.</summary>
public sealed class AwsServiceException(
    string service, string operation, string errorCode, string serviceMessage, string? requestId, int httpStatus,
    Exception? innerException = null)
    : Exception(Describe(service, operation, errorCode, serviceMessage, requestId), innerException)
{
    public string Service { get; } = service;

    public string Operation { get; } = operation;

    public string ErrorCode { get; } = errorCode;

    /// <summary>The service's own words, without the service, operation and code around them.</summary>
    public string ServiceMessage { get; } = serviceMessage;

    public string? RequestId { get; } = requestId;

    /// <summary>0 when no HTTP response arrived.</summary>
    public int HttpStatus { get; } = httpStatus;

    static string Describe(string service, string operation, string errorCode, string message, string? requestId) =>
        $"{service} {operation} failed: {errorCode}: {message}" + (requestId is null ? "" : $" (request id {requestId})");
}
