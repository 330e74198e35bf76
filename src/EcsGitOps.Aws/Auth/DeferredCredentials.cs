using Amazon.Runtime;

namespace EcsGitOps.Aws.Auth;

/// <summary>Resolves the real credentials at the first signed request, so building the clients never blocks or fails.</summary>
internal sealed class DeferredCredentials(Func<AWSCredentials> resolve) : AWSCredentials
{
    readonly Lazy<AWSCredentials> inner = new(resolve, LazyThreadSafetyMode.ExecutionAndPublication);

    public override ImmutableCredentials GetCredentials() => inner.Value.GetCredentials();

    public override Task<ImmutableCredentials> GetCredentialsAsync() => inner.Value.GetCredentialsAsync();

    public override string ToString() => "AWS credentials";
}
