using EcsGitOps.Aws;
using EcsGitOps.Delivery.Registry;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Push;

[Collection(PushCollection.Name)]
public sealed class EcrRepositoryEnsurerTests(MotoServer moto) : IDisposable
{
    private readonly AwsClients _aws = moto.CreateClients();
    private readonly List<string> _output = [];
    private readonly string _name = "push-test/repo-" + Guid.NewGuid().ToString("N")[..8];

    public void Dispose() => _aws.Dispose();

    private Task<EnsuredRepository> EnsureAsync(EcrRepositorySettings settings) =>
        new EcrRepositoryEnsurer(_aws.Ecr, line => _output.Add(line)).EnsureAsync(settings, CancellationToken.None);

    [Fact]
    public async Task A_missing_repository_is_created_with_immutable_tags_scan_on_push_and_AES256_and_says_so()
    {
        var ensured = await EnsureAsync(new EcrRepositorySettings(_name));

        var repository = Assert.Single((await _aws.Ecr.DescribeRepositoriesAsync(new() { RepositoryNames = [_name] })).Repositories!);
        Assert.Equal(("IMMUTABLE", true, "AES256"), (repository.ImageTagMutability, repository.ImageScanningConfiguration!.ScanOnPush == true, repository.EncryptionConfiguration!.EncryptionType));
        Assert.True(ensured.Created);
        Assert.Equal(repository.RepositoryUri, ensured.Uri);
        Assert.Equal([$"ECR repository {_name} created: IMMUTABLE tags, scan on push on, AES256 encryption"], _output);
    }

    [Fact]
    public async Task A_KMS_key_makes_the_repository_KMS_encrypted_with_that_key()
    {
        const string key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

        await EnsureAsync(new EcrRepositorySettings(_name, KmsKey: key));

        var repository = Assert.Single((await _aws.Ecr.DescribeRepositoriesAsync(new() { RepositoryNames = [_name] })).Repositories!);
        Assert.Equal(("KMS", key), (repository.EncryptionConfiguration!.EncryptionType, repository.EncryptionConfiguration.KmsKey));
    }

    [Fact]
    public async Task An_existing_repository_is_reported_and_gets_scan_on_push_turned_on()
    {
        await _aws.Ecr.CreateRepositoryAsync(new() { RepositoryName = _name, ImageTagMutability = "IMMUTABLE", ImageScanningConfiguration = new() { ScanOnPush = false } });

        var ensured = await EnsureAsync(new EcrRepositorySettings(_name));

        var repository = Assert.Single((await _aws.Ecr.DescribeRepositoriesAsync(new() { RepositoryNames = [_name] })).Repositories!);
        Assert.True(repository.ImageScanningConfiguration!.ScanOnPush);
        Assert.Equal((false, true), (ensured.Created, ensured.ScanOnPush));
        Assert.Equal([$"ECR repository {_name} exists: {repository.RepositoryUri}", $"ECR repository {_name}: scan on push turned on"], _output);
    }

    [Fact]
    public async Task An_existing_repository_with_mutable_tags_is_kept_with_a_warning_saying_how_to_fix_it()
    {
        await _aws.Ecr.CreateRepositoryAsync(new() { RepositoryName = _name, ImageTagMutability = "MUTABLE", ImageScanningConfiguration = new() { ScanOnPush = true } });

        var ensured = await EnsureAsync(new EcrRepositorySettings(_name));

        Assert.Equal("MUTABLE", ensured.TagMutability);
        Assert.Contains(_output, line => line.StartsWith($"Warning: ECR repository {_name} has MUTABLE tags", StringComparison.Ordinal)
            && line.EndsWith("--image-tag-mutability IMMUTABLE`.", StringComparison.Ordinal));
    }
}
