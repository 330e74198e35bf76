using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.Ecr;

/// <summary>Amazon ECR (JSON 1.1): repositories, images, registry credentials and image scans.</summary>
public sealed class EcrClient
{
    readonly JsonProtocol protocol;

    internal EcrClient(JsonProtocol protocol) => this.protocol = protocol;

    static EcrJsonContext Json => EcrJsonContext.Default;

    public Task<CreateRepositoryResponse> CreateRepositoryAsync(CreateRepositoryRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("CreateRepository", request, Json.CreateRepositoryRequest, Json.CreateRepositoryResponse, ct);

    public Task<DescribeRepositoriesResponse> DescribeRepositoriesAsync(DescribeRepositoriesRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("DescribeRepositories", request, Json.DescribeRepositoriesRequest, Json.DescribeRepositoriesResponse, ct);

    public IAsyncEnumerable<Repository> ListAllRepositoriesAsync(DescribeRepositoriesRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, DescribeRepositoriesAsync, r => r.Repositories, r => r.NextToken, (q, token) => q with { NextToken = token }, ct);

    public Task<DescribeImagesResponse> DescribeImagesAsync(DescribeImagesRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("DescribeImages", request, Json.DescribeImagesRequest, Json.DescribeImagesResponse, ct);

    public IAsyncEnumerable<ImageDetail> ListAllImagesAsync(DescribeImagesRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, DescribeImagesAsync, r => r.ImageDetails, r => r.NextToken, (q, token) => q with { NextToken = token }, ct);

    public Task<BatchGetImageResponse> BatchGetImageAsync(BatchGetImageRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("BatchGetImage", request, Json.BatchGetImageRequest, Json.BatchGetImageResponse, ct);

    public Task<PutImageResponse> PutImageAsync(PutImageRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("PutImage", request, Json.PutImageRequest, Json.PutImageResponse, ct);

    /// <summary>The token in the answer is a registry password: pass it to the registry, never to output.</summary>
    public Task<GetAuthorizationTokenResponse> GetAuthorizationTokenAsync(GetAuthorizationTokenRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("GetAuthorizationToken", request, Json.GetAuthorizationTokenRequest, Json.GetAuthorizationTokenResponse, ct);

    public Task<PutImageScanningConfigurationResponse> PutImageScanningConfigurationAsync(PutImageScanningConfigurationRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("PutImageScanningConfiguration", request, Json.PutImageScanningConfigurationRequest, Json.PutImageScanningConfigurationResponse, ct);

    public Task<StartImageScanResponse> StartImageScanAsync(StartImageScanRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("StartImageScan", request, Json.StartImageScanRequest, Json.StartImageScanResponse, ct);

    public Task<DescribeImageScanFindingsResponse> DescribeImageScanFindingsAsync(DescribeImageScanFindingsRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("DescribeImageScanFindings", request, Json.DescribeImageScanFindingsRequest, Json.DescribeImageScanFindingsResponse, ct);

    public IAsyncEnumerable<ImageScanFinding> ListAllFindingsAsync(DescribeImageScanFindingsRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, DescribeImageScanFindingsAsync, r => r.ImageScanFindings?.Findings, r => r.NextToken, (q, token) => q with { NextToken = token }, ct);
}
