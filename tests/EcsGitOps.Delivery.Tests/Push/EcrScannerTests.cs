using System.Security.Cryptography;
using System.Text;
using EcsGitOps.Aws;
using EcsGitOps.Delivery.Scanning;
using EcsGitOps.Delivery.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>ECR scanning against moto, with findings set through moto's scan-finding-results API.</summary>
[Collection(PushCollection.Name)]
public sealed class EcrScannerTests(MotoServer moto) : IAsyncLifetime
{
    private readonly AwsClients _aws = moto.CreateClients();
    private readonly List<string> _output = [];
    private readonly string _repository = "push-test/scan-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _manifest = $$"""{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":310,"digest":"sha256:{{Hex()}}"},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":1200,"digest":"sha256:{{Hex()}}"}]}""";
    private string Digest => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_manifest)));

    public async Task InitializeAsync()
    {
        await _aws.Ecr.CreateRepositoryAsync(new() { RepositoryName = _repository, ImageTagMutability = "IMMUTABLE", ImageScanningConfiguration = new() { ScanOnPush = true } });
        await _aws.Ecr.PutImageAsync(new()
        {
            RepositoryName = _repository, ImageManifest = _manifest, ImageDigest = Digest, ImageTag = "1.0.0",
            ImageManifestMediaType = "application/vnd.docker.distribution.manifest.v2+json",
        });
    }

    public Task DisposeAsync()
    {
        _aws.Dispose();
        return Task.CompletedTask;
    }

    private static string Hex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private EcrScanner Scanner(TimeProvider? time = null) => new(_aws.Ecr,
        new EcrScanOptions(_repository) { PollInterval = TimeSpan.FromMilliseconds(50), Timeout = TimeSpan.FromMinutes(1) },
        time ?? TimeProvider.System, line => _output.Add(line));

    private ScanTarget Target => new($"{_repository}:1.0.0", Digest);

    private static string Finding(string id, string severity, string package, string version) =>
        $$"""{"name":"{{id}}","description":"{{id}} in {{package}}","uri":"https://nvd.nist.gov/vuln/detail/{{id}}","severity":"{{severity}}","attributes":[{"key":"package_name","value":"{{package}}"},{"key":"package_version","value":"{{version}}"}]}""";

    private Task SetFindingsAsync(string status, IReadOnlyDictionary<string, int> counts, params string[] findings) => moto.SetScanFindingsAsync($$$"""
        {"registryId":"123456789012","repositoryName":"{{{_repository}}}","imageId":{"imageDigest":"{{{Digest}}}"},
         "imageScanStatus":{"status":"{{{status}}}","description":"The scan was completed successfully."},
         "imageScanFindings":{"findings":[{{{string.Join(',', findings)}}}],
           "findingSeverityCounts":{{{{string.Join(',', counts.Select(count => $"\"{count.Key}\":{count.Value}"))}}}} }}
        """);

    private static ScanVerdict Gate(ScanReport report, Severity failOn = Severity.Critical) =>
        ScanGate.Evaluate(report, [], failOn, DateTimeOffset.UtcNow);

    [Fact]
    public async Task The_gate_trips_on_a_CRITICAL_finding_from_ECR()
    {
        await SetFindingsAsync("COMPLETE", new Dictionary<string, int> { ["CRITICAL"] = 1, ["LOW"] = 1 },
            Finding("CVE-2026-1111", "CRITICAL", "openssl", "3.0.2"), Finding("CVE-2026-2222", "LOW", "zlib", "1.2.13"));

        var verdict = Gate(await Scanner().ScanAsync(Target, CancellationToken.None));

        Assert.False(verdict.Passed);
        var blocking = Assert.Single(verdict.Blocking);
        Assert.Equal(new Finding("CVE-2026-1111", "openssl", "3.0.2", null, Severity.Critical, "CVE-2026-1111 in openssl"), blocking);
        Assert.Equal($"{_repository}@{Digest}", verdict.Image);
        Assert.Equal("ecr", verdict.Scanner);
    }

    [Fact]
    public async Task The_gate_passes_with_only_LOW_findings()
    {
        await SetFindingsAsync("COMPLETE", new Dictionary<string, int> { ["LOW"] = 2 },
            Finding("CVE-2026-3333", "LOW", "zlib", "1.2.13"), Finding("CVE-2026-4444", "LOW", "libc6", "2.36"));

        var verdict = Gate(await Scanner().ScanAsync(Target, CancellationToken.None));

        Assert.True(verdict.Passed);
        Assert.Equal(2, verdict.Counted.Count);
        Assert.All(verdict.Counted, finding => Assert.Equal(Severity.Low, finding.Severity));
    }

    [Fact]
    public async Task A_scan_is_started_when_none_ran_and_moto_default_HIGH_finding_is_read_with_its_package()
    {
        var report = await Scanner().ScanAsync(Target, CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("CVE-9999-9999", "moto_fake", "9.9.9", Severity.High), (finding.VulnerabilityId, finding.Package, finding.InstalledVersion, finding.Severity));
        Assert.True(Gate(report).Passed);
        Assert.False(Gate(report, Severity.High).Passed);
        Assert.Equal([$"ECR scan of {_repository}@{Digest} started", $"ECR scan of {_repository}@{Digest} complete: 1 finding"], _output);
    }

    [Fact]
    public async Task A_scan_that_already_ran_is_read_without_starting_another()
    {
        await Scanner().ScanAsync(Target, CancellationToken.None);
        _output.Clear();

        var again = await Scanner().ScanAsync(Target, CancellationToken.None);

        Assert.Single(again.Findings);
        Assert.DoesNotContain(_output, line => line.EndsWith(" started", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_scan_still_in_progress_at_the_timeout_fails_in_one_line()
    {
        await SetFindingsAsync("IN_PROGRESS", new Dictionary<string, int>());
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var scanner = new EcrScanner(_aws.Ecr, new EcrScanOptions(_repository) { PollInterval = TimeSpan.FromSeconds(5), Timeout = TimeSpan.FromMinutes(2) }, time);

        var scan = scanner.ScanAsync(Target, CancellationToken.None);
        while (!scan.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            await Task.WhenAny(scan, Task.Delay(20));
        }
        var error = await Assert.ThrowsAsync<ImageScanException>(() => scan);

        Assert.Equal($"ECR scan of {_repository}@{Digest} is still IN_PROGRESS after 2 minutes: look at it in the ECR console, or raise the scan timeout.", error.Message);
    }

    [Fact]
    public async Task An_image_ECR_cannot_scan_fails_with_the_status_and_what_to_do_instead()
    {
        await moto.SetScanFindingsAsync($$"""
            {"repositoryName":"{{_repository}}","imageId":{"imageDigest":"{{Digest}}"},
             "imageScanStatus":{"status":"UNSUPPORTED_IMAGE","description":"The operating system and/or package manager are not supported."} }
            """);

        var error = await Assert.ThrowsAsync<ImageScanException>(() => Scanner().ScanAsync(Target, CancellationToken.None));

        Assert.Equal($"ECR scan of {_repository}@{Digest} ended UNSUPPORTED_IMAGE: The operating system and/or package manager are not supported.: scan it with Trivy instead, or pass --allow-unscanned.", error.Message);
    }

    [Fact]
    public async Task Counts_beyond_the_listed_findings_fail_rather_than_let_the_gate_pass_unseen()
    {
        await SetFindingsAsync("COMPLETE", new Dictionary<string, int> { ["CRITICAL"] = 3 });

        var error = await Assert.ThrowsAsync<ImageScanException>(() => Scanner().ScanAsync(Target, CancellationToken.None));

        Assert.StartsWith($"ECR reports 3 findings for {_repository}@{Digest} but lists 0", error.Message);
    }

    [Fact]
    public async Task Without_the_pushed_digest_the_scan_says_to_push_first()
    {
        var error = await Assert.ThrowsAsync<ImageScanException>(() => Scanner().ScanAsync(new ScanTarget($"{_repository}:1.0.0"), CancellationToken.None));

        Assert.Equal($"ECR scan of {_repository}:1.0.0 needs the pushed digest: run PushEcr before scanning with ECR.", error.Message);
    }

    [Fact]
    public async Task The_scanner_is_available_for_an_existing_repository_and_not_for_a_missing_one()
    {
        var missing = new EcrScanner(_aws.Ecr, new EcrScanOptions(_repository + "-missing"), TimeProvider.System);

        Assert.True(await Scanner().IsAvailableAsync(CancellationToken.None));
        Assert.False(await missing.IsAvailableAsync(CancellationToken.None));
    }
}
