namespace EcsGitOps.Delivery.Images;

public sealed record PublishedApp(string Directory, string Executable, bool NativeAot);
