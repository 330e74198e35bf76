using Amazon;

namespace EcsGitOps.Aws.Transport;

/// <summary>Picks a service's base URL the way the AWS SDKs do, from the options' environment only.</summary>
internal sealed class EndpointResolver(AwsOptions options, RegionEndpoint region)
{
    public Uri Resolve(AwsServiceInfo service)
    {
        var configured = options.EndpointUrl ?? (IgnoreConfigured ? null : ServiceVariable(service) ?? options.Variable("AWS_ENDPOINT_URL"));
        return configured is null
            ? new Uri($"https://{service.EndpointPrefix}.{region.SystemName}.{region.PartitionDnsSuffix}/")
            : Parse(configured);
    }

    bool IgnoreConfigured => string.Equals(options.Variable("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true", StringComparison.OrdinalIgnoreCase);

    string? ServiceVariable(AwsServiceInfo service) => options.Variable($"AWS_ENDPOINT_URL_{service.EndpointId}");

    static Uri Parse(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/")
            : throw new ArgumentException($"AWS endpoint URL '{url}' is not an absolute http(s) URL: pass one like http://127.0.0.1:5000.");
}
