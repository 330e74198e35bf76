using System.Runtime.CompilerServices;

namespace EcsGitOps.Aws.Transport;

/// <summary>Follows nextToken / NextToken / NextMarker until the service stops returning one.</summary>
internal static class Paginator
{
    public static async IAsyncEnumerable<TItem> EnumerateAsync<TRequest, TResponse, TItem>(
        TRequest first,
        Func<TRequest, CancellationToken, Task<TResponse>> fetch,
        Func<TResponse, IEnumerable<TItem>?> items,
        Func<TResponse, string?> nextToken,
        Func<TRequest, string, TRequest> withToken,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var request = first;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var response = await fetch(request, ct);
            foreach (var item in items(response) ?? [])
                yield return item;
            var token = nextToken(response);
            // A token seen before would loop for ever; some emulators hand the same one back.
            if (string.IsNullOrEmpty(token) || !seen.Add(token))
                yield break;
            request = withToken(request, token);
        }
    }
}
