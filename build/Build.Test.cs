using System.Xml.Linq;
using EcsGitOps.Build;

partial class Build
{
    [Parameter("Only run the tests matching this dotnet test filter, e.g. FullyQualifiedName~Planning")]
    readonly string? TestFilter;

    string TestResultsDirectory => Path.Combine(ArtifactsDirectory, "test-results");

    async Task RunTestsAsync(CancellationToken ct)
    {
        if (Directory.Exists(TestResultsDirectory))
            Directory.Delete(TestResultsDirectory, recursive: true);

        List<string> arguments =
        [
            "test", Solution, "--no-build", "--nologo", "-c", Configuration.ToString(),
            "--logger", "trx", "--logger", "console;verbosity=minimal", "--results-directory", TestResultsDirectory,
        ];
        if (!string.IsNullOrWhiteSpace(TestFilter))
            arguments.AddRange(["--filter", TestFilter]);

        Exception? failure = null;
        try
        {
            await Tool.RunAsync("dotnet", arguments, Log, ct);
        }
        catch (InvalidOperationException e)
        {
            failure = e;
        }

        var counts = TestCounts.Read(TestResultsDirectory);
        ReportSummary("Tests", counts.ToString());
        // The plain closing line CI systems read: "N passed, N failed, N skipped".
        Log.Information(counts.ToString());
        if (failure is not null || counts.Failed > 0)
            throw new InvalidOperationException($"{counts.Failed} test(s) failed: see the output above and {TestResultsDirectory}.");
        if (IsServerBuild && counts.Skipped > 0)
            throw new InvalidOperationException($"{counts.Skipped} test(s) skipped under CI, where a skip hides a missing tool: see the reasons above.");
        if (counts.Passed == 0)
            throw new InvalidOperationException("No test ran: check --test-filter or the test projects.");
    }

    record TestCounts(int Passed, int Failed, int Skipped)
    {
        // Each result's own outcome: the TRX counters leave skipped tests out of every count but the total.
        public static TestCounts Read(string directory) =>
            !Directory.Exists(directory)
                ? new(0, 0, 0)
                : Directory.EnumerateFiles(directory, "*.trx", SearchOption.AllDirectories)
                    .SelectMany(file => XDocument.Load(file).Descendants().Where(e => e.Name.LocalName == "UnitTestResult"))
                    .Select(result => result.Attribute("outcome")?.Value)
                    .Aggregate(new TestCounts(0, 0, 0), (counts, outcome) => outcome switch
                    {
                        "Passed" => counts with { Passed = counts.Passed + 1 },
                        "NotExecuted" => counts with { Skipped = counts.Skipped + 1 },
                        _ => counts with { Failed = counts.Failed + 1 },
                    });

        public override string ToString() => $"{Passed} passed, {Failed} failed, {Skipped} skipped";
    }
}
