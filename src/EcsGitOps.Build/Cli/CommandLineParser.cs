using EcsGitOps.Build.Output;
using EcsGitOps.Build.Parameters;

namespace EcsGitOps.Build.Cli;

/// <summary>
/// Targets come as leading words or after --target. An option takes the words after it: lists take all up to the
/// next option, scalars one, flags none (a bool parameter takes a following true/false); other words are targets.
/// </summary>
internal static class CommandLineParser
{
    static readonly IReadOnlyList<(string Name, int Arity)> EngineOptions =
    [
        ("target", int.MaxValue), ("skip", int.MaxValue), ("help", 0), ("plan", 0), ("root", 1), ("verbosity", 1),
        ("profile", 1), ("continue", 0), ("no-cache", 0), ("parallel", 0), ("generate-schema", 0),
    ];

    /// <summary>What to pass when an option that takes one value is given none (or an empty one).</summary>
    static readonly IReadOnlyDictionary<string, string> Needs = new Dictionary<string, string>
    {
        ["root"] = "Option --root needs a folder: pass --root <path>.",
        ["verbosity"] = "Option --verbosity needs a value: pass --verbosity quiet, minimal, normal or verbose.",
        ["profile"] = "Option --profile needs a name: pass --profile <name> to read .nuke/parameters.<name>.json.",
    };

    /// <summary>The engine option a name stands for ("--no-cache" for "NoCache"), or null.</summary>
    public static string? EngineOption(string name) =>
        EngineOptions.FirstOrDefault(o => NameStyle.Normalize(o.Name) == NameStyle.Normalize(name)).Name is { } option ? "--" + option : null;

    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyList<ParameterMember> parameters)
    {
        var options = new Dictionary<string, List<string>>();
        var parameterValues = new Dictionary<ParameterMember, List<string>>();
        var spellings = new Dictionary<ParameterMember, string>();
        var targets = new List<string>();
        var afterFlags = new List<(string Word, ParameterMember Flag)>();
        Slot? slot = null;
        foreach (var arg in args)
        {
            if (arg is "-h" or "-?" || (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2))
            {
                slot?.ThrowIfMissing();
                var name = arg.TrimStart('-').Split('=', 2);
                slot = Resolve(arg is "-h" or "-?" ? "help" : name[0], parameters, options, parameterValues, spellings);
                if (name.Length == 2) slot = slot.Take(name[1]) ? null : throw new UsageException($"Option --{name[0]} takes no value: remove '={name[1]}'.");
                else if (slot.Full) slot = null;
            }
            else if (slot is not null && slot.Accepts(arg)) slot = slot.Take(arg) && !slot.Full ? slot : null;
            else
            {
                if (slot?.Flag is { } flag) afterFlags.Add((arg, flag));
                targets.Add(arg);
                slot = null;
            }
        }
        slot?.ThrowIfMissing();
        foreach (var (key, message) in Needs)
            if (options.GetValueOrDefault(key)?.Any(string.IsNullOrWhiteSpace) == true) throw new UsageException(message);

        IReadOnlyList<string>? Option(string name) => options.GetValueOrDefault(NameStyle.Normalize(name));
        return new CommandLine(
            [.. targets, .. Option("target") ?? []],
            Option("skip"),
            Option("profile") ?? [],
            parameterValues.ToDictionary(p => p.Key, p => new ParameterValue(p.Value, spellings[p.Key], "")),
            Option("root")?.LastOrDefault(),
            ParseVerbosity(Option("verbosity")?.LastOrDefault()),
            Option("help") is not null,
            Option("plan") is not null,
            Option("continue") is not null,
            Option("no-cache") is not null,
            Option("parallel") is not null,
            Option("generate-schema") is not null)
        {
            AfterFlags = afterFlags,
        };
    }

    static Slot Resolve(string name, IReadOnlyList<ParameterMember> parameters, Dictionary<string, List<string>> options,
        Dictionary<ParameterMember, List<string>> parameterValues, Dictionary<ParameterMember, string> spellings)
    {
        var key = NameStyle.Normalize(name);
        if (EngineOptions.FirstOrDefault(o => NameStyle.Normalize(o.Name) == key) is { Name: not null } option)
            return new Slot(Values(options, key), option.Arity, Needs: Needs.GetValueOrDefault(option.Name));
        if (parameters.FirstOrDefault(p => NameStyle.Normalize(p.Name) == key) is { } parameter)
        {
            // Joining two values of a scalar would bind neither: "--tag a --tag b" is a mistake, not "a b".
            if (!spellings.TryAdd(parameter, "--" + name) && !parameter.IsArray)
                throw new UsageException($"Parameter {parameter.CliName} is given twice on the command line: pass it once.");
            return new Slot(Values(parameterValues, parameter), parameter.IsArray ? int.MaxValue : 1, parameter.IsFlag ? parameter : null);
        }
        var known = EngineOptions.Where(o => o.Name != "generate-schema").Select(o => "--" + o.Name).Concat(parameters.Select(p => p.CliName));
        throw new UsageException($"Unknown option '--{name}'. Did you mean '{Suggestions.Closest(name, known).First()}'? Run with --help to list targets and options.");
    }

    static List<string> Values<TKey>(Dictionary<TKey, List<string>> all, TKey key) where TKey : notnull =>
        all.TryGetValue(key, out var values) ? values : all[key] = [];

    static Verbosity ParseVerbosity(string? value) =>
        value is null ? Verbosity.Normal
        : Enum.GetNames<Verbosity>().FirstOrDefault(n => n.Equals(value, StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<Verbosity>(name)
        : throw new UsageException($"Invalid value '{value}' for option --verbosity: expected quiet, minimal, normal or verbose.");

    /// <param name="Flag">A bool parameter: it takes a following word only when that is true or false.</param>
    /// <param name="Needs">The error when this option gets no value.</param>
    sealed record Slot(List<string> Values, int Arity, ParameterMember? Flag = null, string? Needs = null)
    {
        int taken;

        public bool Full => taken >= Arity;

        public bool Accepts(string word) => Flag is null || bool.TryParse(word, out _);

        public void ThrowIfMissing()
        {
            if (Needs is not null && taken == 0) throw new UsageException(Needs);
        }

        public bool Take(string word)
        {
            if (Arity == 0) return false;
            Values.Add(word);
            taken++;
            return true;
        }
    }
}
