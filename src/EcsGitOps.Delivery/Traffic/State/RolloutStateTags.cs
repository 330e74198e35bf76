using System.Globalization;
using EcsGitOps.Delivery.Traffic.Rollouts;

namespace EcsGitOps.Delivery.Traffic.State;

/// <summary>
/// A <see cref="RolloutState"/> as readable tags ("ecsgitops:owner" = "alice@laptop", "ecsgitops:step" = "3/10"), so
/// that the console shows who is rolling a service out and where they are. Long values take two tags.
/// </summary>
internal static class RolloutStateTags
{
    public const string Run = "ecsgitops:run";
    public const string Heartbeat = "ecsgitops:heartbeat";

    private const string Deployment = "ecsgitops:deployment";
    private const string Owner = "ecsgitops:owner";
    private const string Colours = "ecsgitops:colours";
    private const string Steps = "ecsgitops:steps";
    private const string Phase = "ecsgitops:phase";
    private const string Step = "ecsgitops:step";
    private const string Weights = "ecsgitops:weights";
    private const string FailedChecks = "ecsgitops:failed-checks";
    private const string Started = "ecsgitops:started";
    private const string Updated = "ecsgitops:updated";
    private const string Reason = "ecsgitops:reason";

    public static IReadOnlyList<KeyValuePair<string, string>> Encode(RolloutState state)
    {
        var deployment = TagValue.Split(TagValue.Escape(state.DeploymentId), 2)
            ?? throw new ArgumentException(
                $"Deployment id '{state.DeploymentId}' is too long to record in tags of service {state.Service}; use a shorter id.");
        var steps = TagValue.Split(string.Join(' ', state.Steps.Select(Number)), 2)!;
        return
        [
            new(Deployment, deployment[0]),
            new($"{Deployment}.2", deployment[1]),
            new(Owner, TagValue.Shorten(TagValue.Escape(state.Owner))),
            new(Colours, $"{state.Colours.From.Name()} to {state.Colours.To.Name()}"),
            new(Steps, steps[0]),
            new($"{Steps}.2", steps[1]),
            new(Phase, state.Phase.ToString()),
            new(Step, $"{Number(state.StepIndex + 1)}/{Number(state.Steps.Count)}"),
            new(Weights, $"blue {Number(state.Weights.Blue)} green {Number(state.Weights.Green)}"),
            new(FailedChecks, Number(state.FailedChecks)),
            new(Started, Time(state.StartedAt)),
            new(Updated, Time(state.UpdatedAt)),
            new(Reason, state.Reason is null ? "" : TagValue.Shorten(TagValue.Escape(state.Reason))),
        ];
    }

    /// <returns>Null when the service has no rollout recorded.</returns>
    /// <exception cref="InvalidDataException">The tags were changed by hand into something unreadable.</exception>
    public static RolloutState? Decode(string service, IReadOnlyDictionary<string, string> tags)
    {
        if (!tags.TryGetValue(Deployment, out var deployment) || deployment.Length == 0)
            return null;
        var key = Deployment;
        try
        {
            // Each field is parsed as it is read, so an error names the tag it came from.
            T Field<T>(string name, Func<string, T> parse) =>
                tags.TryGetValue(key = name, out var value) ? parse(value) : throw new FormatException("the tag is missing");
            var deploymentId = Field($"{Deployment}.2", rest => TagValue.Unescape(deployment + rest));
            var owner = Field(Owner, TagValue.Unescape);
            var colours = Field(Colours, text => text.Split(" to ") is [var from, var to]
                ? new ColourShift(ParseColour(from), ParseColour(to))
                : throw new FormatException($"'{text}' is not like 'blue to green'"));
            var steps = Field(Steps, first => $"{first}{tags.GetValueOrDefault($"{Steps}.2", "")}"
                .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToList());
            var phase = Field(Phase, text => Enum.Parse<RolloutPhase>(text, ignoreCase: true));
            var stepIndex = Field(Step, text => Parse(text.Split('/')[0]) - 1);
            var weights = Field(Weights, text => text.Split(' ') is ["blue", var blue, "green", var green]
                ? new TrafficWeights(Parse(blue), Parse(green))
                : throw new FormatException($"'{text}' is not like 'blue 70 green 30'"));
            return new RolloutState(service, deploymentId, owner, colours, steps, phase, stepIndex, weights,
                Field(FailedChecks, Parse), Field(Started, ParseTime), Field(Updated, ParseTime),
                Field(Reason, text => text.Length == 0 ? null : TagValue.Unescape(text)));
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException(
                $"The rollout record in the tags of service {service} is not readable ({key}: {e.Message}); " +
                "if no rollout is running, remove its ecsgitops:* tags and rerun.", e);
        }
    }

    private static Colour ParseColour(string name) => name switch
    {
        "blue" => Colour.Blue,
        "green" => Colour.Green,
        _ => throw new FormatException($"'{name}' is not blue or green"),
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Parse(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    // Written as "O"; read back in that exact form, with or without the fraction, so that a hand-edited 03/02/2026 is
    // refused rather than guessed as 2 March or 3 February.
    private static readonly string[] TimeFormats =
    [
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'",
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz",
    ];

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new FormatException($"'{text}' is not a time like 2026-03-02T09:00:00.0000000Z");
}
