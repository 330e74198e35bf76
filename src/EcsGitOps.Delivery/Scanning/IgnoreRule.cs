namespace EcsGitOps.Delivery.Scanning;

/// <summary>One accepted vulnerability: why (Statement) and until when (ExpiredAt, the first day it no longer applies).</summary>
public sealed record IgnoreRule(string Id, string Statement, DateOnly? ExpiredAt)
{
    public bool IsExpired(DateTimeOffset now) =>
        ExpiredAt is { } date && DateOnly.FromDateTime(now.UtcDateTime) >= date;

    public bool Matches(Finding finding) =>
        string.Equals(Id, finding.VulnerabilityId, StringComparison.OrdinalIgnoreCase);
}
