/// A GitHub Actions workflow that runs build targets, as NUKE's [GitHubActions] attribute describes one.
sealed record GitHubWorkflow(string Name, WorkflowTrigger Trigger, IReadOnlyList<string> InvokedTargets)
{
    public string? Profile { get; init; }

    /// Assumes the deploy role through GitHub's OIDC token (infra/github-oidc.yaml) before the targets run.
    public bool AssumesAwsRole { get; init; }

    /// Installs the Python tools the tests drive (moto, cfn-lint, the AWS CLI) and Trivy for ScanImage.
    public bool InstallsTestTools { get; init; }

    public string FileName => $"{Name}.yml";
}
