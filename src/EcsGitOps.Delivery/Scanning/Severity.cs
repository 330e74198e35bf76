namespace EcsGitOps.Delivery.Scanning;

/// <summary>Vulnerability severity in Trivy's and ECR's order; comparisons follow it.</summary>
public enum Severity
{
    Unknown,
    Low,
    Medium,
    High,
    Critical,
}
