namespace EcsGitOps.Delivery.Images;

/// <summary>How the app is published before its image is built.</summary>
/// <param name="NativeAot">True for a Native AOT executable; false for a framework-dependent app (needs an ASP.NET base).</param>
public sealed record AppPublishOptions(
    string Project,
    string OutputDirectory,
    bool NativeAot = true,
    string Runtime = "linux-x64",
    string Configuration = "Release",
    string Dotnet = "dotnet")
{
    /// <summary>Publishes into publish/ of the build context, where app/Dockerfile copies it from.</summary>
    public static AppPublishOptions IntoContext(string project, string contextDirectory, bool nativeAot = true) =>
        new(project, Path.Combine(contextDirectory, "publish"), nativeAot);
}
