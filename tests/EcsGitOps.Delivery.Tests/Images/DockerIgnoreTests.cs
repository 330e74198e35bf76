using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Tests.Images;

public sealed class DockerIgnoreTests
{
    [Theory]
    [InlineData("bin", "bin/Debug/app.dll", true)]
    [InlineData("bin", "src/bin/app.dll", false)]
    [InlineData("**/bin", "src/bin/app.dll", true)]
    [InlineData("**/bin", "bin", true)]
    [InlineData("*.md", "README.md", true)]
    [InlineData("*.md", "docs/README.md", false)]
    [InlineData("**/*.md", "docs/guide/README.md", true)]
    [InlineData("/secrets", "secrets/key.pem", true)]
    [InlineData("./obj/", "obj/project.assets.json", true)]
    [InlineData("file?.txt", "file1.txt", true)]
    [InlineData("file?.txt", "file10.txt", false)]
    [InlineData("[ab].txt", "b.txt", true)]
    [InlineData("[!ab].txt", "b.txt", false)]
    [InlineData("publish/**", "publish/SampleApi", true)]
    [InlineData("publish/**", "publish", false)]
    [InlineData(@"we\*ird", "we*ird", true)]
    [InlineData(@"we\*ird", "weXird", false)]
    public void A_pattern_excludes_matching_paths_and_everything_under_them(string pattern, string path, bool excluded) =>
        Assert.Equal(excluded, DockerIgnore.Parse(pattern).IsExcluded(path));

    [Fact]
    public void The_last_matching_line_wins_so_an_exception_re_includes_a_file()
    {
        var ignore = DockerIgnore.Parse("**\n!publish/**\npublish/**/*.dbg\n");

        Assert.True(ignore.IsExcluded("src/Program.cs"));
        Assert.False(ignore.IsExcluded("publish/SampleApi"));
        Assert.True(ignore.IsExcluded("publish/SampleApi.dbg"));
        Assert.True(ignore.HasExceptions);
    }

    [Fact]
    public void Comments_and_blank_lines_are_not_patterns()
    {
        var ignore = DockerIgnore.Parse("# *.cs\n\n   \n");

        Assert.False(ignore.IsExcluded("Program.cs"));
        Assert.False(ignore.HasExceptions);
    }

    [Fact]
    public void Windows_line_endings_do_not_end_up_in_patterns() =>
        Assert.True(DockerIgnore.Parse("obj\r\nbin\r\n").IsExcluded("bin/x.dll"));

    [Theory]
    [InlineData("[z-a]", "[x-y] range in reverse order")]
    [InlineData("[]", "Unterminated [] set")]
    public void A_line_that_is_not_a_pattern_names_the_file_and_line_instead_of_a_regex_error(string pattern, string reason)
    {
        var error = Assert.Throws<ImageBuildException>(() => DockerIgnore.Parse($"# build output\nbin\n{pattern}\n", "app/.dockerignore"));

        Assert.Equal($"app/.dockerignore:3: '{pattern}' is not a valid pattern ({reason}): fix or remove the line.", error.Message);
    }
}
