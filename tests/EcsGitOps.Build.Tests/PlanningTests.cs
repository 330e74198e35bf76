using EcsGitOps.Build.Tests.Support;

namespace EcsGitOps.Build.Tests;

public sealed class PlanningTests
{
    sealed class Pipeline : BuildBase
    {
        public Target Restore => _ => _;
        public Target Compile => _ => _.DependsOn(Restore);
        public Target Test => _ => _.DependsOn(Compile);
        public Target Pack => _ => _.DependsOn(Compile);
        public Target Publish => _ => _.DependsOn(Test, Pack);
    }

    [Fact]
    public void Dependencies_come_before_the_targets_that_depend_on_them() =>
        Assert.Equal(["Restore", "Compile", "Test", "Pack", "Publish"], Plans.For(new Pipeline(), "Publish"));

    [Fact]
    public void Only_what_the_invoked_targets_need_is_planned() =>
        Assert.Equal(["Restore", "Compile", "Pack"], Plans.For(new Pipeline(), "Pack"));

    [Fact]
    public void Target_names_on_the_command_line_ignore_case() =>
        Assert.Equal(["Restore", "Compile"], Plans.For(new Pipeline(), "compile"));

    sealed class Siblings : BuildBase
    {
        public Target Zulu => _ => _;
        public Target Alpha => _ => _;
        public Target Mike => _ => _;
        public Target All => _ => _.DependsOn(Mike, Alpha, Zulu);
    }

    [Fact]
    public void Targets_ready_at_the_same_time_keep_their_declaration_order() =>
        Assert.Equal(["Zulu", "Alpha", "Mike", "All"], Plans.For(new Siblings(), "All"));

    sealed class Relations : BuildBase
    {
        public Target Setup => _ => _.DependentFor(Deploy);
        public Target Notify => _ => _.TriggeredBy(Deploy);
        public Target Deploy => _ => _.Triggers(Report);
        public Target Report => _ => _;
        public Target Lint => _ => _.Before(Deploy);
        public Target Clean => _ => _.After(Report);
    }

    [Fact]
    public void DependentFor_and_triggers_pull_targets_in_and_order_them() =>
        Assert.Equal(["Setup", "Deploy", "Notify", "Report"], Plans.For(new Relations(), "Deploy"));

    [Fact]
    public void Before_and_after_order_targets_without_pulling_them_in()
    {
        Assert.Equal(["Setup", "Deploy", "Notify", "Report"], Plans.For(new Relations(), "Deploy"));
        Assert.Equal(["Setup", "Lint", "Deploy", "Notify", "Report", "Clean"], Plans.For(new Relations(), "Clean", "Deploy", "Lint"));
    }

    sealed class Cycle : BuildBase
    {
        public Target Alpha => _ => _.DependsOn(Beta);
        public Target Beta => _ => _.DependsOn(Gamma);
        public Target Gamma => _ => _.DependsOn(Alpha);
        public Target Other => _ => _;
    }

    [Fact]
    public void A_dependency_cycle_is_an_error_that_names_the_cycle() =>
        Assert.Equal("Circular dependency: Alpha -> Beta -> Gamma -> Alpha", Plans.ErrorFor(new Cycle(), "Other"));

    sealed class OrderingCycle : BuildBase
    {
        public Target First => _ => _.After(Second);
        public Target Second => _ => _.After(First);
    }

    [Fact]
    public void An_ordering_cycle_is_an_error_too() =>
        Assert.Equal("Circular dependency: First -> Second -> First", Plans.ErrorFor(new OrderingCycle(), "First"));

    [Fact]
    public void An_unknown_target_is_an_error_listing_the_closest_names_first()
    {
        var error = Plans.ErrorFor(new Pipeline(), "Complie");
        Assert.StartsWith("Unknown target 'Complie'. Available: Compile, ", error);
        Assert.All(["Restore", "Test", "Pack", "Publish"], name => Assert.Contains(name, error));
    }

    [Fact]
    public void Bare_skip_skips_everything_but_the_invoked_targets() =>
        Assert.Equal(["Restore (skipped: --skip)", "Compile (skipped: --skip)", "Test"], Plans.For(new Pipeline(), ["Test"], skip: []));

    [Fact]
    public void Skip_with_names_skips_those_and_what_only_they_need() =>
        Assert.Equal(["Restore", "Compile", "Test", "Pack (skipped: --skip)", "Publish"], Plans.For(new Pipeline(), ["Publish"], skip: ["pack"]));

    [Fact]
    public void Skipping_a_target_skips_dependencies_nothing_else_needs() =>
        Assert.Equal(["Restore (skipped: only needed by skipped Compile)", "Compile (skipped: --skip)", "Pack"], Plans.For(new Pipeline(), ["Pack"], skip: ["Compile"]));

    sealed class Conditional : BuildBase
    {
        public string? ImageTag { get; init; }
        public bool Docs { get; init; }
        public Target Restore => _ => _;
        public Target DocTool => _ => _;
        public Target Compile => _ => _.DependsOn(Restore);
        public Target Document => _ => _.OnlyWhenStatic(() => Docs).DependsOn(DocTool, Restore);
        public Target Push => _ => _.OnlyWhenStatic(() => ImageTag != null).DependsOn(Compile);
        public Target All => _ => _.DependsOn(Document, Push);
    }

    [Fact]
    public void A_false_static_condition_skips_the_target_with_its_source_text() =>
        Assert.Contains("Push (skipped: ImageTag != null)", Plans.For(new Conditional { Docs = true }, "All"));

    [Fact]
    public void A_statically_skipped_target_skips_dependencies_unless_a_running_target_needs_them() =>
        Assert.Equal(
            ["Restore", "DocTool (skipped: only needed by skipped Document)", "Compile", "Document (skipped: Docs)", "Push", "All"],
            Plans.For(new Conditional { ImageTag = "v1" }, "All"));

    sealed class Counting : BuildBase
    {
        public int StaticEvaluations;
        public int DynamicEvaluations;
        public Target Once => _ => _.OnlyWhenStatic(() => ++StaticEvaluations > 0).OnlyWhenDynamic(() => ++DynamicEvaluations > 0);
    }

    [Fact]
    public void Static_conditions_are_evaluated_once_when_planning_and_dynamic_ones_not_at_all()
    {
        var build = new Counting();
        Assert.Equal(["Once"], Plans.For(build, "Once"));
        Assert.Equal((1, 0), (build.StaticEvaluations, build.DynamicEvaluations));
    }

    sealed class Throwing : BuildBase
    {
        public string? Name { get; set; }
        public Target Greet => _ => _.OnlyWhenStatic(() => Name!.Length > 0);
    }

    [Fact]
    public void A_static_condition_that_throws_is_reported_with_its_text() =>
        Assert.StartsWith("Condition 'Name!.Length > 0' of target Greet threw NullReferenceException", Plans.ErrorFor(new Throwing(), "Greet"));

    sealed class Stray : BuildBase
    {
        public Target Main => _ => _.DependsOn(_ => _);
    }

    [Fact]
    public void A_dependency_that_is_not_a_target_property_is_an_error() =>
        Assert.StartsWith("A target passed to the build is not a Target property of Stray", Plans.ErrorFor(new Stray(), "Main"));
}
