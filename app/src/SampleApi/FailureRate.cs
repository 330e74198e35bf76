using System.Globalization;

namespace SampleApi;

/// <summary>
/// FAILURE_RATE: the fraction of requests to <c>/</c> answered with 500, so a rollout's analysis has a bad version to
/// catch. Unset or 0 fails nothing; 1 fails every request.
/// </summary>
public sealed class FailureRate
{
    public const string Setting = "FAILURE_RATE";

    private readonly Func<double> _next;

    public FailureRate(double fraction, Func<double>? next = null)
    {
        Fraction = fraction is >= 0 and <= 1 ? fraction : throw Invalid(fraction.ToString(CultureInfo.InvariantCulture));
        _next = next ?? Random.Shared.NextDouble;
    }

    public double Fraction { get; }

    public static FailureRate From(IConfiguration configuration)
    {
        var text = configuration[Setting];
        if (string.IsNullOrWhiteSpace(text))
            return new FailureRate(0);
        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fraction) && fraction <= 1
            ? new FailureRate(fraction)
            : throw Invalid(text);
    }

    /// <summary>True for about <see cref="Fraction"/> of the calls; never for 0, always for 1.</summary>
    public bool Fails() => Fraction > 0 && _next() < Fraction;

    private static InvalidSettingException Invalid(string text) =>
        new($"{Setting} '{text}' is not a fraction: set {Setting} to a number from 0 to 1, such as 0.25.");
}
