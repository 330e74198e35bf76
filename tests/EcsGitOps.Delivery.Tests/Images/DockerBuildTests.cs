using System.Text.RegularExpressions;
using Docker.DotNet;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Images;

/// <summary>DockerBuild on the real engine with small FROM scratch contexts, so each test builds in a moment.</summary>
/// <remarks>Runs with the push tests, one after another: their clean-up force-deletes images on the same engine.</remarks>
[Collection(Push.PushCollection.Name)]
public sealed class DockerBuildTests : IAsyncLifetime
{
    private readonly TempDirectory _context = new();
    private readonly string _repository = "ecsgitops-test/build-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<string> _output = [];
    private static readonly DateTimeOffset CommitTime = new(2026, 11, 27, 18, 30, 0, TimeSpan.Zero);
    private IDockerClient? _docker;

    public async Task InitializeAsync()
    {
        if (TestEngine.IsReachable || TestEngine.RequiredByCi) _docker = await TestEngine.ConnectAsync();
    }

    public async Task DisposeAsync()
    {
        if (_docker is not null)
        {
            foreach (var image in await _docker.Images.ListImagesAsync(new() { Filters = new Dictionary<string, IDictionary<string, bool>> { ["reference"] = new Dictionary<string, bool> { [_repository + "*"] = true } } }))
                await _docker.Images.DeleteImageAsync(image.ID, new() { Force = true });
            _docker.Dispose();
        }
        _context.Dispose();
    }

    [DockerFact]
    public async Task Builds_tags_with_commit_and_version_and_labels_the_image_the_oci_way()
    {
        var nonce = Guid.NewGuid().ToString();
        _context.Write("Dockerfile", "FROM scratch\nCOPY nonce.txt /nonce.txt\n");
        _context.Write("nonce.txt", nonce);

        var image = await BuildAsync(commit: "4b825dc6", version: "2.0.1");

        var inspected = await _docker!.Images.InspectImageAsync(image.ImageId);
        Assert.False(image.Reused);
        Assert.Equal([$"{_repository}:2.0.1", $"{_repository}:4b825dc6"], inspected.RepoTags.Order(StringComparer.Ordinal));
        Assert.Equal("4b825dc6", inspected.Config.Labels[OciLabels.Revision]);
        Assert.Equal("2.0.1", inspected.Config.Labels[OciLabels.Version]);
        Assert.Equal("https://github.com/example/ecsgitops", inspected.Config.Labels[OciLabels.Source]);
        Assert.Equal("2026-11-27T18:30:00Z", inspected.Config.Labels[OciLabels.Created]);
        Assert.Equal(image.ContextHash, inspected.Config.Labels[ImageBuilder.ContextHashLabel]);
        Assert.Equal(inspected.Size, image.Size);
    }

    [DockerFact]
    public async Task Build_output_is_streamed_line_by_line()
    {
        _context.Write("Dockerfile", $"FROM scratch\nCOPY nonce.txt /nonce.txt\n");
        _context.Write("nonce.txt", Guid.NewGuid().ToString());

        await BuildAsync();

        // The engine adds one LABEL step per label after the Dockerfile's own steps, hence "of N" above 2.
        Assert.Matches(@"^Step 1/\d+ : FROM scratch$", _output[0]);
        Assert.Contains(_output, line => line.StartsWith("Step 2/", StringComparison.Ordinal) && line.EndsWith(" : COPY nonce.txt /nonce.txt", StringComparison.Ordinal));
        Assert.DoesNotContain(_output, line => line.Contains('\n'));
    }

    [DockerFact]
    public async Task An_unchanged_context_is_not_rebuilt_but_reused_and_tagged_again()
    {
        _context.Write("Dockerfile", "FROM scratch\nCOPY nonce.txt /nonce.txt\n");
        _context.Write("nonce.txt", Guid.NewGuid().ToString());
        var first = await BuildAsync();
        _output.Clear();

        var second = await BuildAsync();

        Assert.True(second.Reused);
        Assert.Equal((first.ImageId, first.ContextHash), (second.ImageId, second.ContextHash));
        Assert.Contains(_output, line => line.EndsWith("already in the engine: reused", StringComparison.Ordinal));
        Assert.DoesNotContain(_output, line => line.StartsWith("Step ", StringComparison.Ordinal));
    }

    [DockerFact]
    public async Task A_changed_file_in_the_context_builds_a_new_image()
    {
        _context.Write("Dockerfile", "FROM scratch\nCOPY nonce.txt /nonce.txt\n");
        _context.Write("nonce.txt", Guid.NewGuid().ToString());
        var first = await BuildAsync();
        _context.Write("nonce.txt", Guid.NewGuid().ToString());

        var second = await BuildAsync();

        Assert.False(second.Reused);
        Assert.NotEqual(first.ContextHash, second.ContextHash);
        Assert.NotEqual(first.ImageId, second.ImageId);
    }

    [DockerFact]
    public async Task A_change_to_a_file_dockerignore_excludes_keeps_the_image()
    {
        _context.Write(".dockerignore", "notes/\n");
        _context.Write("Dockerfile", "FROM scratch\nCOPY nonce.txt /nonce.txt\n");
        _context.Write("nonce.txt", Guid.NewGuid().ToString());
        _context.Write("notes/todo.md", "one");
        var first = await BuildAsync();
        _context.Write("notes/todo.md", "two");

        var second = await BuildAsync();

        Assert.True(second.Reused);
        Assert.Equal(first.ImageId, second.ImageId);
    }

    [DockerFact]
    public async Task A_new_commit_builds_an_image_whose_revision_label_tells_the_truth()
    {
        _context.Write("Dockerfile", "FROM scratch\nCOPY nonce.txt /nonce.txt\n");
        _context.Write("nonce.txt", Guid.NewGuid().ToString());
        var first = await BuildAsync(commit: "aaaa1111");

        var second = await BuildAsync(commit: "bbbb2222");

        Assert.False(second.Reused);
        Assert.Equal("bbbb2222", (await _docker!.Images.InspectImageAsync(second.ImageId)).Config.Labels[OciLabels.Revision]);
        Assert.NotEqual(first.ImageId, second.ImageId);
    }

    [DockerFact]
    public async Task A_failing_step_fails_with_that_step_and_the_engine_message_in_one_line()
    {
        var dockerfile = _context.Write("Dockerfile", "FROM scratch\nCOPY present.txt /present.txt\nCOPY missing.txt /missing.txt\n");
        _context.Write("present.txt", Guid.NewGuid().ToString());

        var error = await Assert.ThrowsAsync<ImageBuildException>(() => BuildAsync());

        Assert.Matches($@"^Docker build of {Regex.Escape(dockerfile)} failed at Step 3/\d+ : COPY missing.txt /missing.txt: ", error.Message);
        Assert.Contains("missing.txt", error.Message[error.Message.IndexOf(": COPY failed", StringComparison.Ordinal)..]);
        Assert.DoesNotContain('\n', error.Message);
    }

    [DockerFact]
    public async Task A_dockerfile_the_engine_cannot_parse_fails_with_the_engine_message_in_one_line()
    {
        var dockerfile = _context.Write("Dockerfile", "FROM scratch\nCOPPY a /a\n");

        var error = await Assert.ThrowsAsync<ImageBuildException>(() => BuildAsync());

        Assert.StartsWith($"Docker build of {dockerfile} failed", error.Message);
        Assert.Contains("COPPY", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', error.Message);
    }

    [DockerFact]
    public async Task The_base_image_build_argument_chooses_the_from_image()
    {
        _context.Write("Parent.Dockerfile", "FROM scratch\nCOPY nonce.txt /nonce.txt\n");
        _context.Write("Dockerfile", "ARG BASE_IMAGE=missing.example/never:pulled\nFROM ${BASE_IMAGE}\nCOPY nonce.txt /copy.txt\n");
        _context.Write("nonce.txt", Guid.NewGuid().ToString());
        var parent = await BuildAsync(repository: _repository + "-parent", dockerfile: "Parent.Dockerfile");

        var image = await BuildAsync(baseImage: parent.Tags[0]);

        Assert.Equal(parent.Tags[0], image.BaseImage);
        Assert.Equal(parent.Tags[0], (await _docker!.Images.InspectImageAsync(image.ImageId)).Config.Labels[OciLabels.BaseName]);
    }

    [DockerFact]
    public async Task Two_copies_of_one_context_build_the_same_image_id_though_the_engine_built_each_afresh()
    {
        using var other = new TempDirectory();
        var nonce = Guid.NewGuid().ToString();
        foreach (var context in new[] { _context, other })
        {
            context.Write("Dockerfile", "FROM scratch\nCOPY files/ /app/\nWORKDIR /app\nENV PORT=8080\n");
            context.Write("files/nonce.txt", nonce);
            context.Write("files/nested/more.txt", "more");
        }
        var first = await BuildAsync();
        // Removed, so the second build cannot reuse it and the engine builds every step again.
        await _docker!.Images.DeleteImageAsync(first.ImageId, new() { Force = true });
        await Task.Delay(TimeSpan.FromSeconds(1.1));

        var second = await BuildAsync(context: other.Path);

        Assert.False(second.Reused);
        Assert.Equal(first.ImageId, second.ImageId);
        var inspected = await _docker.Images.InspectImageAsync(second.ImageId);
        Assert.Equal(CommitTime, inspected.Created.ToUniversalTime());
        Assert.Equal("2026-11-27T18:30:00Z", inspected.Config.Labels[OciLabels.Created]);
    }

    [DockerFact]
    public async Task The_reproducible_image_keeps_its_tags_and_the_one_the_engine_built_is_gone()
    {
        _context.Write("Dockerfile", "FROM scratch\nCOPY nonce.txt /nonce.txt\n");
        _context.Write("nonce.txt", Guid.NewGuid().ToString());

        var image = await BuildAsync();

        var tagged = await _docker!.Images.ListImagesAsync(new() { Filters = new Dictionary<string, IDictionary<string, bool>> { ["reference"] = new Dictionary<string, bool> { [_repository] = true } } });
        Assert.Equal(image.ImageId, Assert.Single(tagged).ID);
        Assert.Contains(_output, line => line == $"Image {image.Tags[0]} is {image.ImageId} (reproducible: created 2026-11-27T18:30:00Z)");
    }

    private Task<BuiltImage> BuildAsync(string commit = "abc1234", string version = "1.0.0", string? baseImage = null, string? repository = null,
        string dockerfile = "Dockerfile", string? context = null) =>
        new ImageBuilder(_output.Add).BuildAsync(
            new DockerBuildOptions(Path.Combine(context ?? _context.Path, dockerfile), context ?? _context.Path, repository ?? _repository, version, commit,
                SourceUrl: "https://github.com/example/ecsgitops", BaseImage: baseImage, SourceDate: CommitTime),
            CancellationToken.None);
}
