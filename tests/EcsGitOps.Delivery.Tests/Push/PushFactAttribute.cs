using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Tests.Images;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>A test that pushes through the engine to a local registry: skipped with the reason when either is missing, failed under CI=true.</summary>
public sealed class PushFactAttribute : FactAttribute
{
    public PushFactAttribute()
    {
        if (TestEngine.RequiredByCi) return;
        if (!TestEngine.IsReachable)
            Skip = $"Docker engine not reachable at {DockerEngine.DefaultEndpoint}: start dockerd to run this test (with CI=true it fails instead).";
        else if (!LocalRegistry.IsInstalled)
            Skip = $"{LocalRegistry.Executable} is not on PATH: install it (Debian: apt-get install docker-registry) to run this test (with CI=true it fails instead).";
    }
}
