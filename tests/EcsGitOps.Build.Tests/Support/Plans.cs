using EcsGitOps.Build.Definition;
using EcsGitOps.Build.Planning;

namespace EcsGitOps.Build.Tests.Support;

/// <summary>Plans without executing: each entry is a target name, with "(skipped: reason)" when it will not run.</summary>
public static class Plans
{
    public static string[] For(BuildBase build, params string[] invoked) => For(build, invoked, skip: null);

    public static string[] For(BuildBase build, string[] invoked, string[]? skip)
    {
        var model = BuildModelReader.Read(build, build.GetType());
        var plan = Planner.Plan(new TargetGraph(model.Targets), invoked, skip);
        return [.. plan.Targets.Select(t => t.SkipReason is null ? t.Name : $"{t.Name} (skipped: {t.SkipReason})")];
    }

    public static string ErrorFor(BuildBase build, params string[] invoked) =>
        Assert.ThrowsAny<Exception>(() => For(build, invoked)).Message;
}
