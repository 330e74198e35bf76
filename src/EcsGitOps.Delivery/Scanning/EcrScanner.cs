using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecr;

namespace EcsGitOps.Delivery.Scanning;

/// <summary>ECR's own scan of a pushed image: starts one unless one already ran (scan on push), waits until COMPLETE.</summary>
/// <remarks>
/// ECR allows one scan per image per day: when StartImageScan says the limit is reached, a scan exists, so this waits
/// for it instead. Reads basic scanning findings; enhanced scanning (Amazon Inspector) lists findings elsewhere, and a
/// report whose counts exceed its listed findings fails rather than let the gate pass on what it cannot see.
/// </remarks>
public sealed class EcrScanner(EcrClient ecr, EcrScanOptions options, TimeProvider time, Action<string>? output = null) : IImageScanner
{
    private static readonly string[] Waiting = ["IN_PROGRESS", "PENDING"];
    private static readonly string[] Finished = ["COMPLETE", "ACTIVE"];

    public string Name => "ecr";

    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ecr.DescribeRepositoriesAsync(new() { RegistryId = options.RegistryId, RepositoryNames = [options.Repository] }, cancellationToken);
            return true;
        }
        catch (AwsServiceException error) when (error.ErrorCode == "RepositoryNotFoundException")
        {
            return false;
        }
    }

    public async Task<ScanReport> ScanAsync(ScanTarget target, CancellationToken cancellationToken)
    {
        var image = $"{options.Repository}@{target.Digest}";
        if (target.Digest is not { Length: > 0 } digest)
            throw new ImageScanException($"ECR scan of {target.Reference} needs the pushed digest: run PushEcr before scanning with ECR.");
        var id = new ImageIdentifier { ImageDigest = digest };
        var deadline = time.GetUtcNow() + options.Timeout;
        var started = false;
        try
        {
            while (true)
            {
                var response = await DescribeAsync(id, cancellationToken);
                var status = response?.ImageScanStatus?.Status;
                if (status is not null && Finished.Contains(status))
                    return await ReportAsync(image, id, response!, cancellationToken);
                if (status is not null && !Waiting.Contains(status))
                    throw new ImageScanException($"ECR scan of {image} ended {status}: {response!.ImageScanStatus!.Description ?? "no reason given"}: scan it with Trivy instead, or pass --allow-unscanned.");
                if (status is null && !started)
                {
                    await StartAsync(image, id, cancellationToken);
                    started = true;
                }
                if (time.GetUtcNow() >= deadline)
                    throw new ImageScanException($"ECR scan of {image} is still {status ?? "not started"} after {options.Timeout.TotalMinutes:0.#} minutes: look at it in the ECR console, or raise the scan timeout.");
                await Task.Delay(options.PollInterval, time, cancellationToken);
            }
        }
        catch (AwsServiceException error)
        {
            throw new ImageScanException($"ECR scan of {image} failed: {error.Message}: check the credentials allow ecr:StartImageScan and ecr:DescribeImageScanFindings.", inner: error);
        }
    }

    private async Task<DescribeImageScanFindingsResponse?> DescribeAsync(ImageIdentifier id, CancellationToken cancellationToken)
    {
        try
        {
            return await ecr.DescribeImageScanFindingsAsync(new() { RegistryId = options.RegistryId, RepositoryName = options.Repository, ImageId = id }, cancellationToken);
        }
        catch (AwsServiceException error) when (error.ErrorCode == "ScanNotFoundException")
        {
            return null;
        }
    }

    private async Task StartAsync(string image, ImageIdentifier id, CancellationToken cancellationToken)
    {
        try
        {
            await ecr.StartImageScanAsync(new() { RegistryId = options.RegistryId, RepositoryName = options.Repository, ImageId = id }, cancellationToken);
            output?.Invoke($"ECR scan of {image} started");
        }
        catch (AwsServiceException error) when (error.ErrorCode == "LimitExceededException")
        {
            output?.Invoke($"ECR scan of {image} already ran today: waiting for its findings");
        }
    }

    private async Task<ScanReport> ReportAsync(string image, ImageIdentifier id, DescribeImageScanFindingsResponse first, CancellationToken cancellationToken)
    {
        var listed = new List<ImageScanFinding>(first.ImageScanFindings?.Findings ?? []);
        for (var token = first.NextToken; token is not null;)
        {
            var page = await ecr.DescribeImageScanFindingsAsync(
                new() { RegistryId = options.RegistryId, RepositoryName = options.Repository, ImageId = id, NextToken = token }, cancellationToken);
            listed.AddRange(page.ImageScanFindings?.Findings ?? []);
            token = page.NextToken;
        }
        var counted = EcrFindings.Total(first.ImageScanFindings);
        if (counted > listed.Count)
            throw new ImageScanException($"ECR reports {counted} findings for {image} but lists {listed.Count} (enhanced scanning lists them in Amazon Inspector): gate on Trivy instead, or use basic scanning.");
        output?.Invoke($"ECR scan of {image} complete: {listed.Count} finding{(listed.Count == 1 ? "" : "s")}");
        return new ScanReport(image, Name, [.. listed.Select(EcrFindings.ToFinding)]);
    }
}
