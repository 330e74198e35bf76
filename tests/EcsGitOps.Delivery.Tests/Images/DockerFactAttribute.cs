using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Tests.Images;

/// <summary>A test that needs the Docker engine: skipped with the reason when it is not running, failed under CI=true.</summary>
public sealed class DockerFactAttribute : FactAttribute
{
    public DockerFactAttribute()
    {
        if (!TestEngine.IsReachable && !TestEngine.RequiredByCi)
            Skip = $"Docker engine not reachable at {DockerEngine.DefaultEndpoint}: start dockerd to run this test (with CI=true it fails instead).";
    }
}
