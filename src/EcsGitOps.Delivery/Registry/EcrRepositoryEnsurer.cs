using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecr;

namespace EcsGitOps.Delivery.Registry;

/// <summary>Finds the ECR repository, or creates it with immutable tags, scan on push and encryption; says which it did.</summary>
/// <remarks>
/// An existing repository keeps its tag mutability and encryption (ECR cannot change encryption, and flipping a
/// repository's mutability is an owner's decision); only scan on push is turned on, because ScanImage relies on it.
/// </remarks>
public sealed class EcrRepositoryEnsurer(EcrClient ecr, Action<string> output)
{
    public async Task<EnsuredRepository> EnsureAsync(EcrRepositorySettings settings, CancellationToken cancellationToken)
    {
        ImageNames.ValidateRepository(settings.Name);
        try
        {
            if (await FindAsync(settings, cancellationToken) is { } existing)
                return await ReconcileAsync(settings, existing, cancellationToken);
            var created = await CreateAsync(settings, cancellationToken);
            output($"ECR repository {settings.Name} created: {created.TagMutability} tags, scan on push {(created.ScanOnPush ? "on" : "off")}, {created.EncryptionType} encryption");
            return created;
        }
        catch (AwsServiceException error)
        {
            throw new ImagePushException($"ECR repository {settings.Name}: {error.Message}: check the credentials and region, and that they allow ecr:{error.Operation}.", error);
        }
    }

    private async Task<Repository?> FindAsync(EcrRepositorySettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var found = await ecr.DescribeRepositoriesAsync(new() { RegistryId = settings.RegistryId, RepositoryNames = [settings.Name] }, cancellationToken);
            return found.Repositories?.FirstOrDefault();
        }
        catch (AwsServiceException error) when (error.ErrorCode == "RepositoryNotFoundException")
        {
            return null;
        }
    }

    private async Task<EnsuredRepository> CreateAsync(EcrRepositorySettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var response = await ecr.CreateRepositoryAsync(new()
            {
                RegistryId = settings.RegistryId,
                RepositoryName = settings.Name,
                ImageTagMutability = settings.TagMutability,
                ImageScanningConfiguration = new() { ScanOnPush = settings.ScanOnPush },
                EncryptionConfiguration = new() { EncryptionType = settings.EncryptionType, KmsKey = settings.KmsKey },
            }, cancellationToken);
            return Describe(response.Repository ?? throw new ImagePushException($"ECR CreateRepository for {settings.Name} answered without the repository: run PushEcr again."), settings, created: true);
        }
        // Another pipeline run created it between our look and our create: use theirs.
        catch (AwsServiceException error) when (error.ErrorCode == "RepositoryAlreadyExistsException")
        {
            if (await FindAsync(settings, cancellationToken) is not { } existing) throw;
            return await ReconcileAsync(settings, existing, cancellationToken);
        }
    }

    private async Task<EnsuredRepository> ReconcileAsync(EcrRepositorySettings settings, Repository existing, CancellationToken cancellationToken)
    {
        var repository = Describe(existing, settings, created: false);
        output($"ECR repository {settings.Name} exists: {repository.Uri}");
        if (settings.ScanOnPush && !repository.ScanOnPush)
        {
            await ecr.PutImageScanningConfigurationAsync(new()
            {
                RegistryId = settings.RegistryId,
                RepositoryName = settings.Name,
                ImageScanningConfiguration = new() { ScanOnPush = true },
            }, cancellationToken);
            output($"ECR repository {settings.Name}: scan on push turned on");
            repository = repository with { ScanOnPush = true };
        }
        if (settings.ImmutableTags && repository.TagMutability != "IMMUTABLE")
            output($"Warning: ECR repository {settings.Name} has {repository.TagMutability} tags, so a tag can later name another image: "
                + $"make them immutable with `aws ecr put-image-tag-mutability --repository-name {settings.Name} --image-tag-mutability IMMUTABLE`.");
        return repository;
    }

    private static EnsuredRepository Describe(Repository repository, EcrRepositorySettings settings, bool created) => new(
        settings.Name,
        repository.RepositoryUri ?? settings.Name,
        repository.RegistryId,
        created,
        repository.ImageTagMutability ?? "MUTABLE",
        repository.ImageScanningConfiguration?.ScanOnPush == true,
        repository.EncryptionConfiguration?.EncryptionType ?? "AES256");
}
