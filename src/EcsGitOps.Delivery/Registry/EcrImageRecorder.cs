using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecr;

namespace EcsGitOps.Delivery.Registry;

/// <summary>Records a manifest pushed elsewhere in ECR with PutImage, under the registry's own digest.</summary>
internal sealed class EcrImageRecorder(EcrClient ecr)
{
    /// <summary>The ECR image with this digest, or null when ECR does not hold it.</summary>
    public async Task<ImageDetail?> FindAsync(EcrRepositorySettings repository, string digest, CancellationToken cancellationToken)
    {
        try
        {
            var found = await ecr.DescribeImagesAsync(new()
            {
                RegistryId = repository.RegistryId,
                RepositoryName = repository.Name,
                ImageIds = [new ImageIdentifier { ImageDigest = digest }],
            }, cancellationToken);
            return found.ImageDetails?.FirstOrDefault(image => image.ImageDigest == digest);
        }
        catch (AwsServiceException error) when (error.ErrorCode == "ImageNotFoundException")
        {
            return null;
        }
        catch (AwsServiceException error)
        {
            throw new ImagePushException($"ECR DescribeImages on {repository.Name}@{digest} failed: {error.Message}: check the credentials allow ecr:DescribeImages.", error);
        }
    }

    /// <summary>Records the manifest under the tag; false when ECR already held this very manifest under it.</summary>
    public async Task<bool> RecordAsync(EcrRepositorySettings repository, RegistryManifest manifest, string tag, CancellationToken cancellationToken)
    {
        PutImageResponse response;
        try
        {
            response = await ecr.PutImageAsync(new()
            {
                RegistryId = repository.RegistryId,
                RepositoryName = repository.Name,
                ImageManifest = manifest.Content,
                ImageManifestMediaType = manifest.MediaType,
                ImageDigest = manifest.Digest,
                ImageTag = tag,
            }, cancellationToken);
        }
        // ECR's answer when this manifest already has this tag: the record is there, which is what was asked.
        catch (AwsServiceException error) when (error.ErrorCode == "ImageAlreadyExistsException")
        {
            return false;
        }
        catch (AwsServiceException error) when (error.ErrorCode == "ImageTagAlreadyExistsException")
        {
            throw new ImagePushException($"ECR repository {repository.Name} already has tag {tag} on another image, and its tags are immutable: give this build a new version or commit tag.", error);
        }
        catch (AwsServiceException error)
        {
            throw new ImagePushException($"Recording {repository.Name}@{manifest.Digest} in ECR failed: {error.Message}: check the credentials allow ecr:PutImage.", error);
        }
        if (response.Image?.ImageId?.ImageDigest is { } recorded && recorded != manifest.Digest)
            throw new ImagePushException($"ECR recorded {repository.Name}:{tag} as {recorded}, not the registry's {manifest.Digest}: the two no longer name the same image; check the ECR endpoint.");
        return true;
    }
}
