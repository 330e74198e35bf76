using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.Sts;

/// <summary>AWS STS (query protocol): who the resolved credentials belong to.</summary>
public sealed class StsClient
{
    readonly QueryProtocol protocol;

    internal StsClient(QueryProtocol protocol) => this.protocol = protocol;

    public Task<GetCallerIdentityResponse> GetCallerIdentityAsync(CancellationToken ct = default) =>
        protocol.InvokeAsync("GetCallerIdentity", new GetCallerIdentityRequest(), StsJsonContext.Default.GetCallerIdentityRequest,
            StsJsonContext.Default.GetCallerIdentityResponse, ct);
}
