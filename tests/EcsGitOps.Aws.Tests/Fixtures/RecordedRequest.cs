namespace EcsGitOps.Aws.Tests.Fixtures;

public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Target => Headers.TryGetValue("X-Amz-Target", out var target) ? target : null;
}
