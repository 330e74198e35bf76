using System.Collections;
using Amazon.Runtime;
using EcsGitOps.Aws.Retry;

namespace EcsGitOps.Aws;

/// <summary>Where and as whom the clients talk to AWS; every AWS_* convention is read from <see cref="EnvironmentVariables"/>, never from the process.</summary>
public sealed record AwsOptions
{
    public string? Region { get; init; }

    /// <summary>One endpoint for every service (moto, LocalStack); wins over AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_&lt;SERVICE&gt;.</summary>
    public string? EndpointUrl { get; init; }

    public string? Profile { get; init; }

    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; init; } = new Dictionary<string, string>();

    /// <summary>When set, no other credential source is consulted.</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>The innermost handler, for tests; the clients dispose it only when they created it.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    public AwsRetryOptions Retry { get; init; } = new();

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Takes what <c>Environment.GetEnvironmentVariables()</c> returns.</summary>
    public AwsOptions WithEnvironment(IDictionary variables) => this with
    {
        EnvironmentVariables = variables.Cast<DictionaryEntry>()
            .Where(entry => entry.Value is not null)
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!, StringComparer.Ordinal),
    };

    internal string? Variable(string name) =>
        EnvironmentVariables.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    // The environment and credentials may hold secrets: a record's generated ToString would print them.
    public override string ToString() =>
        $"AwsOptions {{ Region = {Region ?? "(default)"}, EndpointUrl = {EndpointUrl ?? "(default)"}, Profile = {Profile ?? "(default)"} }}";
}
