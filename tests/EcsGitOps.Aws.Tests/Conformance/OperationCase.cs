using System.Text.Json.Serialization.Metadata;

namespace EcsGitOps.Aws.Tests.Conformance;

/// <param name="Response">The record the client reads the answer into; null when the operation answers nothing.</param>
sealed record OperationCase(
    string Service, string Version, string Operation, JsonTypeInfo Request, JsonTypeInfo? Response, Func<AwsClients, object, Task> Invoke)
{
    public override string ToString() => $"{Service} {Operation}";
}
