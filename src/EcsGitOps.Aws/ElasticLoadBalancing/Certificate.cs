namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record Certificate
{
    public string? CertificateArn { get; init; }

    public bool? IsDefault { get; init; }
}
