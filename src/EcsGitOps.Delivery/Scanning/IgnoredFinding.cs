namespace EcsGitOps.Delivery.Scanning;

public sealed record IgnoredFinding(Finding Finding, IgnoreRule Rule);
