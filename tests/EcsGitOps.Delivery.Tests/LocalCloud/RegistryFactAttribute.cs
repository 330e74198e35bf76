using EcsGitOps.Delivery.Tests.Images;
using EcsGitOps.Delivery.Tests.Push;

namespace EcsGitOps.Delivery.Tests.LocalCloud;

/// <summary>A test that starts docker-registry: skipped with the reason when it is not installed, failed under CI=true.</summary>
public sealed class RegistryFactAttribute : FactAttribute
{
    public RegistryFactAttribute()
    {
        if (!LocalRegistry.IsInstalled && !TestEngine.RequiredByCi)
            Skip = $"{LocalRegistry.Executable} is not on PATH: install it (Debian: apt-get install docker-registry) to run this test (with CI=true it fails instead).";
    }
}
