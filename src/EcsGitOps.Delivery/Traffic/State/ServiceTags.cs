using EcsGitOps.Aws.Ecs;

namespace EcsGitOps.Delivery.Traffic.State;

/// <summary>The tags of one ECS service, read and written whole.</summary>
internal sealed class ServiceTags(EcsClient ecs, string serviceArn)
{
    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(CancellationToken cancellationToken)
    {
        var response = await ecs.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = serviceArn }, cancellationToken)
            .ConfigureAwait(false);
        return (response.Tags ?? [])
            .Where(tag => tag.Key is not null)
            .ToDictionary(tag => tag.Key!, tag => tag.Value ?? "", StringComparer.Ordinal);
    }

    public Task WriteAsync(IEnumerable<KeyValuePair<string, string>> tags, CancellationToken cancellationToken) =>
        ecs.TagResourceAsync(new TagResourceRequest
        {
            ResourceArn = serviceArn,
            Tags = tags.Select(tag => new Tag { Key = tag.Key, Value = tag.Value }).ToList(),
        }, cancellationToken);
}
