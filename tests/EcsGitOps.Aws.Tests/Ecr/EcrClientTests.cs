using System.Security.Cryptography;
using System.Text;
using EcsGitOps.Aws.Ecr;
using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.Ecr;

[Collection(MotoCollection.Name)]
public sealed class EcrClientTests(MotoServer moto) : IAsyncLifetime
{
    const string Manifest = """{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":1469,"digest":"sha256:0d1f8c4e7a4d3b2a1c0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b"},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":3208,"digest":"sha256:1e2d3c4b5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d"}]}""";
    static readonly string Digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Manifest)));

    readonly AwsClients aws = moto.CreateClients();

    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync()
    {
        aws.Dispose();
        return Task.CompletedTask;
    }

    Task<CreateRepositoryResponse> CreateSampleAsync() => aws.Ecr.CreateRepositoryAsync(new()
    {
        RepositoryName = "sample-api",
        ImageTagMutability = "IMMUTABLE",
        ImageScanningConfiguration = new ImageScanningConfiguration { ScanOnPush = true },
        EncryptionConfiguration = new EncryptionConfiguration { EncryptionType = "AES256" },
    });

    [Fact]
    public async Task CreateRepository_sets_immutability_and_scan_on_push_and_the_AWS_CLI_sees_them()
    {
        var created = await CreateSampleAsync();

        Assert.EndsWith("/sample-api", created.Repository!.RepositoryUri);
        var cli = await moto.Cli.RunAsync("ecr", "describe-repositories", "--repository-names", "sample-api");
        var repository = cli.GetProperty("repositories")[0];
        Assert.Equal("IMMUTABLE", repository.GetProperty("imageTagMutability").GetString());
        Assert.True(repository.GetProperty("imageScanningConfiguration").GetProperty("scanOnPush").GetBoolean());
    }

    [Fact]
    public async Task A_missing_repository_is_reported_with_its_error_code()
    {
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.Ecr.DescribeRepositoriesAsync(new() { RepositoryNames = ["nope"] }));

        Assert.Equal("RepositoryNotFoundException", error.ErrorCode);
        Assert.StartsWith("ECR DescribeRepositories failed: RepositoryNotFoundException:", error.Message);
    }

    [Fact]
    public async Task An_image_put_by_digest_is_found_by_DescribeImages_and_BatchGetImage()
    {
        await CreateSampleAsync();

        var put = await aws.Ecr.PutImageAsync(new()
        {
            RepositoryName = "sample-api", ImageManifest = Manifest, ImageTag = "v1", ImageDigest = Digest,
            ImageManifestMediaType = "application/vnd.docker.distribution.manifest.v2+json",
        });
        var images = new List<ImageDetail>();
        await foreach (var image in aws.Ecr.ListAllImagesAsync(new() { RepositoryName = "sample-api", ImageIds = [new ImageIdentifier { ImageDigest = Digest }] }))
            images.Add(image);
        var fetched = await aws.Ecr.BatchGetImageAsync(new() { RepositoryName = "sample-api", ImageIds = [new ImageIdentifier { ImageTag = "v1" }] });

        Assert.Equal(Digest, put.Image!.ImageId!.ImageDigest);
        Assert.Contains("v1", Assert.Single(images).ImageTags!);
        Assert.Equal(Manifest, Assert.Single(fetched.Images!).ImageManifest);
    }

    [Fact]
    public async Task The_authorization_token_is_returned_to_the_caller_but_never_printed()
    {
        var response = await aws.Ecr.GetAuthorizationTokenAsync(new());

        var data = Assert.Single(response.AuthorizationData!);
        Assert.StartsWith("AWS:", Encoding.UTF8.GetString(Convert.FromBase64String(data.AuthorizationToken!)));
        Assert.DoesNotContain(data.AuthorizationToken!, response.ToString());
        Assert.Contains("AuthorizationToken = ***", data.ToString());
    }

    [Fact]
    public async Task A_scan_started_on_an_image_reports_findings()
    {
        await CreateSampleAsync();
        await aws.Ecr.PutImageAsync(new() { RepositoryName = "sample-api", ImageManifest = Manifest, ImageTag = "v1" });

        var configured = await aws.Ecr.PutImageScanningConfigurationAsync(new()
        {
            RepositoryName = "sample-api", ImageScanningConfiguration = new ImageScanningConfiguration { ScanOnPush = false },
        });
        var started = await aws.Ecr.StartImageScanAsync(new() { RepositoryName = "sample-api", ImageId = new ImageIdentifier { ImageTag = "v1" } });
        var findings = await aws.Ecr.DescribeImageScanFindingsAsync(new() { RepositoryName = "sample-api", ImageId = new ImageIdentifier { ImageTag = "v1" } });

        Assert.False(configured.ImageScanningConfiguration!.ScanOnPush);
        Assert.NotNull(started.ImageScanStatus!.Status);
        Assert.Equal("COMPLETE", findings.ImageScanStatus!.Status);
        Assert.NotEmpty(findings.ImageScanFindings!.Findings!);
        Assert.All(findings.ImageScanFindings.Findings!, f => Assert.False(string.IsNullOrEmpty(f.Severity)));
    }
}
