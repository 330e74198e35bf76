using Docker.DotNet.Models;
using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Tests.Images;

public sealed class BuildLogTests
{
    private readonly List<string> _lines = [];

    [Fact]
    public void Stream_chunks_become_whole_lines_even_when_split_across_messages()
    {
        var log = new BuildLog(_lines.Add);

        log.Report(new JSONMessage { Stream = "Step 1/2 : FROM scr" });
        log.Report(new JSONMessage { Stream = "atch\n ---> \r\nStep 2/2 : COPY a /a\n" });
        log.Report(new JSONMessage { Stream = "Successfully built" });
        log.Flush();

        Assert.Equal(["Step 1/2 : FROM scratch", " ---> ", "Step 2/2 : COPY a /a", "Successfully built"], _lines);
        Assert.Equal("Step 2/2 : COPY a /a", log.Step);
        Assert.Null(log.Error);
    }

    [Fact]
    public void An_error_message_is_kept_on_one_line_with_the_step_it_happened_in()
    {
        var log = new BuildLog(_lines.Add);

        log.Report(new JSONMessage { Stream = "Step 3/4 : COPY missing.txt /x\n" });
        log.Report(new JSONMessage { Error = new JSONError { Message = "COPY failed:\nfile not found" }, ErrorMessage = "COPY failed:\nfile not found" });

        Assert.Equal("Step 3/4 : COPY missing.txt /x", log.Step);
        Assert.Equal("COPY failed: file not found", log.Error);
    }
}
