namespace EcsGitOps.Aws.Transport;

/// <summary>One HTTP answer, read whole.</summary>
internal sealed record AwsResponse(int Status, byte[] Body, string? ContentType, string? RequestId, string? ErrorTypeHeader)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}
