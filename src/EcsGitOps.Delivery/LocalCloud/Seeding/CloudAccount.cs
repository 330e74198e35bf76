namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>Where the seeded resources live: the values of the AWS:: pseudo parameters and the parts of their ARNs.</summary>
sealed record CloudAccount(string Region, string AccountId)
{
    public string Partition => Region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : Region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
        : "aws";

    public string UrlSuffix => Partition == "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";

    public string Arn(string service, string resource) => $"arn:{Partition}:{service}:{Region}:{AccountId}:{resource}";
}
