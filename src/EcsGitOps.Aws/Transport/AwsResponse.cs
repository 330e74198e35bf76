namespace EcsGitOps.Aws.Transport;

/// <summary>One HTTP answer, read whole.</summary>
/// <param name="QueryErrorHeader">x-amzn-query-error ("Code;Sender"): services moved from query to JSON keep their old codes there.</param>
internal sealed record AwsResponse(
    int Status, byte[] Body, string? ContentType, string? RequestId, string? ErrorTypeHeader, string? QueryErrorHeader = null)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}
