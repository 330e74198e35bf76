using System.Text;

namespace EcsGitOps.Aws.Ecr;

public sealed record AuthorizationData
{
    public string? AuthorizationToken { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public string? ProxyEndpoint { get; init; }

    // The token is a registry password: it must not reach a log through ToString.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AuthorizationToken = ").Append(AuthorizationToken is null ? "null" : "***").Append(", ExpiresAt = ").Append(ExpiresAt).Append(", ProxyEndpoint = ").Append(ProxyEndpoint);
        return true;
    }
}
