using EcsGitOps.Delivery.Tests.Images;

namespace EcsGitOps.Delivery.Tests.Scanning;

/// <summary>Report files in Trivy's real JSON format (SchemaVersion 2), as `trivy image --format json` writes them.</summary>
public static class Fixture
{
    public static string Path(string name) => RepositoryRoot.Combine("tests", "EcsGitOps.Delivery.Tests", "Scanning", "Fixtures", name);

    public static string Read(string name) => File.ReadAllText(Path(name));
}
