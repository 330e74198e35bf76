using System.Formats.Tar;
using Docker.DotNet;
using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Tests.Images;

public sealed class LocalBaseImageTests
{
    private static readonly string DotnetHost = Path.Combine(DotnetInstall.Root, "dotnet");
    private readonly List<string> _output = [];

    [Fact]
    public void The_layout_holds_the_loader_the_libraries_a_non_root_user_and_a_sticky_tmp()
    {
        var layout = LocalBaseImage.Layout(BaseImageSpec.ForNativeAot(DotnetHost));

        var paths = layout.Select(entry => entry.Path).ToHashSet();
        Assert.Contains("lib64/ld-linux-x86-64.so.2", paths);
        Assert.Contains(layout, entry => entry.Path.EndsWith("/libc.so.6", StringComparison.Ordinal));
        Assert.DoesNotContain(layout, entry => entry is HostFileEntry file && file.HostPath == DotnetHost);
        Assert.Contains("nonroot:x:65532:65532:", Assert.IsType<TextFileEntry>(layout.Single(entry => entry.Path == "etc/passwd")).Text);
        Assert.Equal((UnixFileMode)0b1_111_111_111, Assert.IsType<DirectoryEntry>(layout.Single(entry => entry.Path == "tmp")).Mode);
        Assert.Equal(65532, layout.Single(entry => entry.Path == "home/nonroot").Owner);
    }

    [Fact]
    public void The_aspnet_runtime_layout_holds_the_host_and_both_shared_frameworks_under_usr_share_dotnet()
    {
        var spec = BaseImageSpec.ForAspNetRuntime(DotnetInstall.Root);
        var layout = LocalBaseImage.Layout(spec);

        Assert.Contains(layout, entry => entry.Path == "usr/share/dotnet/dotnet");
        Assert.Contains(layout, entry => entry.Path.StartsWith("usr/share/dotnet/host/fxr/", StringComparison.Ordinal) && entry.Path.EndsWith("/libhostfxr.so", StringComparison.Ordinal));
        Assert.Contains(layout, entry => entry.Path.StartsWith("usr/share/dotnet/shared/Microsoft.AspNetCore.App/", StringComparison.Ordinal) && entry.Path.EndsWith("/Microsoft.AspNetCore.dll", StringComparison.Ordinal));
        Assert.Contains(layout, entry => entry.Path.EndsWith("/libstdc++.so.6", StringComparison.Ordinal));
        Assert.DoesNotContain(layout, entry => entry.Path.EndsWith("libcoreclrtraceptprovider.so", StringComparison.Ordinal));
        Assert.Contains("ENV DOTNET_ROOT=/usr/share/dotnet", spec.Changes);
    }

    [DockerFact]
    public async Task Importing_tags_the_base_by_content_hash_and_a_second_request_reuses_it()
    {
        using var docker = await TestEngine.ConnectAsync();
        var bases = new LocalBaseImage(docker, _output.Add);

        var first = await bases.EnsureAsync(BaseImageSpec.ForNativeAot(DotnetHost), CancellationToken.None);
        var second = await bases.EnsureAsync(BaseImageSpec.ForNativeAot(DotnetHost), CancellationToken.None);

        Assert.Matches("^ecsgitops/base:local-[0-9a-f]{12}$", first.Reference);
        Assert.True(second.Reused);
        Assert.Equal((first.Reference, first.ImageId), (second.Reference, second.ImageId));
        var image = await docker.Images.InspectImageAsync(first.Reference);
        Assert.Equal("65532:65532", image.Config.User);
    }

    [DockerFact]
    public async Task The_imported_loader_keeps_its_execute_permission()
    {
        using var docker = await TestEngine.ConnectAsync();
        var imported = await new LocalBaseImage(docker, _output.Add).EnsureAsync(BaseImageSpec.ForNativeAot(DotnetHost), CancellationToken.None);

        var modes = await ModesAsync(docker, imported.Reference);

        Assert.Equal((UnixFileMode)0b111_101_101, modes["lib64/ld-linux-x86-64.so.2"] & (UnixFileMode)0b111_111_111);
    }

    private static async Task<Dictionary<string, UnixFileMode>> ModesAsync(IDockerClient docker, string image)
    {
        var container = await docker.Containers.CreateContainerAsync(new() { Image = image, Cmd = ["/none"] });
        try
        {
            var archive = await docker.Containers.GetArchiveFromContainerAsync(container.ID, new() { Path = "/lib64/" }, statOnly: false);
            var modes = new Dictionary<string, UnixFileMode>();
            await using var reader = new TarReader(archive.Stream);
            while (await reader.GetNextEntryAsync() is { } entry)
                modes[entry.Name] = entry.Mode;
            return modes;
        }
        finally
        {
            await docker.Containers.RemoveContainerAsync(container.ID, new() { Force = true });
        }
    }
}
