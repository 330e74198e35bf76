namespace EcsGitOps.Delivery.Images;

internal static class HostFileMode
{
    // Windows has no Unix modes; the Docker CLI sends 0755 for every file from there, so do the same.
    public static UnixFileMode Of(string path) =>
        OperatingSystem.IsWindows() ? (UnixFileMode)0b111_101_101 : File.GetUnixFileMode(path);
}
