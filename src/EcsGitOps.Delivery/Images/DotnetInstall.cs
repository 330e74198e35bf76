using System.Runtime.InteropServices;

namespace EcsGitOps.Delivery.Images;

/// <summary>The .NET install this process runs on, whose shared framework a local ASP.NET base image is made from.</summary>
public static class DotnetInstall
{
    // The runtime directory is <root>/shared/Microsoft.NETCore.App/<version>/.
    public static string Root =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
}
