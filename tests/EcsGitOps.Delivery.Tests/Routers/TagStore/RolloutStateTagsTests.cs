using System.Text.RegularExpressions;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Tests.Routers.TagStore;

public sealed partial class RolloutStateTagsTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly RolloutState Analysing = new("shop/web", "arn:aws:ecs:us-east-1:123456789012:task-definition/web:8",
        "alice@laptop pid 4242", ColourShift.BlueToGreen, [10, 20, 30, 40, 50, 60, 70, 80, 90, 100], RolloutPhase.Analysing, 2,
        new TrafficWeights(70, 30), 1, Start, Start.AddMinutes(3).AddTicks(1234567));

    [GeneratedRegex(@"^[A-Za-z0-9 +\-=._:/@]{0,256}$")]
    private static partial Regex AllowedTagValue();

    private static Dictionary<string, string> Tags(RolloutState state) =>
        RolloutStateTags.Encode(state).ToDictionary(tag => tag.Key, tag => tag.Value);

    [Fact]
    public void A_rollout_reads_in_its_tags_as_a_person_would_write_it()
    {
        var tags = Tags(Analysing);

        Assert.Equal("alice@laptop pid 4242", tags["ecsgitops:owner"]);
        Assert.Equal("arn:aws:ecs:us-east-1:123456789012:task-definition/web:8", tags["ecsgitops:deployment"]);
        Assert.Equal("3/10", tags["ecsgitops:step"]);
        Assert.Equal("blue 70 green 30", tags["ecsgitops:weights"]);
        Assert.Equal("blue to green", tags["ecsgitops:colours"]);
        Assert.Equal("Analysing", tags["ecsgitops:phase"]);
    }

    [Fact]
    public void A_recorded_rollout_decodes_to_the_same_state()
    {
        Assert.Equal(Analysing, RolloutStateTags.Decode("shop/web", Tags(Analysing)), new StateComparer());
    }

    [Fact]
    public void Characters_tags_do_not_allow_are_escaped_and_come_back_unchanged()
    {
        var state = Analysing with
        {
            Owner = "Zoë <zoe@ci> run #77, attempt=2",
            Reason = "1 failed checks reached the failure threshold; last: alarms: FAILED (web-5xx is ALARM: 42% > 5%)",
            Colours = ColourShift.GreenToBlue,
            Phase = RolloutPhase.RollingBack,
        };

        var tags = Tags(state);

        Assert.All(tags.Values, value => Assert.Matches(AllowedTagValue(), value));
        Assert.Equal(state, RolloutStateTags.Decode("shop/web", tags), new StateComparer());
    }

    [Fact]
    public void Long_deployment_ids_and_a_hundred_steps_take_two_tags_and_long_reasons_are_shortened()
    {
        var state = Analysing with
        {
            DeploymentId = new string('d', 400),
            Steps = Enumerable.Range(1, 100).ToList(),
            Reason = new string('r', 300),
        };

        var tags = Tags(state);
        var decoded = RolloutStateTags.Decode("shop/web", tags)!;

        Assert.All(tags.Values, value => Assert.Matches(AllowedTagValue(), value));
        Assert.Equal(state.DeploymentId, decoded.DeploymentId);
        Assert.Equal(state.Steps, decoded.Steps);
        Assert.Equal(256, decoded.Reason!.Length);
        Assert.EndsWith("r...", decoded.Reason);
    }

    [Fact]
    public void A_deployment_id_too_long_for_two_tags_is_refused_before_anything_is_written()
    {
        var refused = Assert.Throws<ArgumentException>(() => RolloutStateTags.Encode(Analysing with { DeploymentId = new string('d', 600) }));

        Assert.Contains("is too long to record in tags of service shop/web; use a shorter id.", refused.Message);
    }

    [Fact]
    public void No_deployment_tag_means_no_rollout_recorded_and_a_hand_edited_tag_is_reported_with_what_to_do()
    {
        Assert.Null(RolloutStateTags.Decode("shop/web", new Dictionary<string, string> { ["team"] = "payments" }));

        var edited = Tags(Analysing);
        edited["ecsgitops:step"] = "three";
        var unreadable = Assert.Throws<InvalidDataException>(() => RolloutStateTags.Decode("shop/web", edited));

        Assert.StartsWith("The rollout record in the tags of service shop/web is not readable (ecsgitops:step: ", unreadable.Message);
        Assert.EndsWith("if no rollout is running, remove its ecsgitops:* tags and rerun.", unreadable.Message);
    }

    [Theory]
    [InlineData("2026-03-02T09:00:00Z")]
    [InlineData("2026-03-02T09:00:00.000Z")]
    [InlineData("2026-03-02T10:00:00+01:00")]
    public void A_start_time_edited_by_hand_in_ISO_8601_is_read_in_utc(string started)
    {
        var edited = Tags(Analysing);
        edited["ecsgitops:started"] = started;

        Assert.Equal(Start, RolloutStateTags.Decode("shop/web", edited)!.StartedAt);
    }

    [Theory]
    [InlineData("03/02/2026 09:00:00")]
    [InlineData("2026-03-02 09:00:00")]
    [InlineData("2026-03-02T09:00:00")]
    public void A_start_time_in_any_other_form_is_reported_rather_than_guessed(string started)
    {
        var edited = Tags(Analysing);
        edited["ecsgitops:started"] = started;

        var unreadable = Assert.Throws<InvalidDataException>(() => RolloutStateTags.Decode("shop/web", edited));

        Assert.StartsWith($"The rollout record in the tags of service shop/web is not readable (ecsgitops:started: '{started}' is not a time like ", unreadable.Message);
    }

    [Theory]
    [InlineData("plain text-1.0_a:b/c@d+e", "plain text-1.0_a:b/c@d+e")]
    [InlineData("a=b", "a=3Db")]
    [InlineData("50%, (ok)", "50=25=2C =28ok=29")]
    [InlineData("Zoë", "Zo=C3=AB")]
    public void Tag_values_keep_allowed_characters_and_escape_the_rest(string text, string escaped)
    {
        Assert.Equal(escaped, TagValue.Escape(text));
        Assert.Equal(text, TagValue.Unescape(escaped));
    }

    /// <summary>Records hold their steps in a list, which records compare by reference.</summary>
    private sealed class StateComparer : IEqualityComparer<RolloutState?>
    {
        public bool Equals(RolloutState? x, RolloutState? y) =>
            x is not null && y is not null && x.Steps.SequenceEqual(y.Steps) && x == y with { Steps = x.Steps };

        public int GetHashCode(RolloutState? state) => 0;
    }
}
