using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace EcsGitOps.Aws.Tests.Conformance;

/// <summary>botocore's official service models, found through the installed Python package (or BOTOCORE_DATA).</summary>
static class Botocore
{
    static readonly Lazy<string?> DataFolder = new(Locate);
    static readonly Dictionary<string, ServiceModel> Loaded = [];

    public static string? DataPath => DataFolder.Value;

    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static ServiceModel Model(string service, string version)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(service, out var cached))
                return cached;
            var folder = Path.Combine(DataPath ?? throw new InvalidOperationException("botocore is not installed: pip install botocore"), service, version);
            var plain = Path.Combine(folder, "service-2.json");
            using var stream = File.Exists(plain) ? File.OpenRead(plain) : (Stream)new GZipStream(File.OpenRead(plain + ".gz"), CompressionMode.Decompress);
            var model = new ServiceModel(JsonDocument.Parse(stream).RootElement.Clone());
            Loaded[service] = model;
            return model;
        }
    }

    static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("BOTOCORE_DATA");
        if (!string.IsNullOrEmpty(configured) && Directory.Exists(configured))
            return configured;
        try
        {
            var start = new ProcessStartInfo("python3", ["-c", "import botocore, os; print(os.path.dirname(botocore.__file__))"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            var data = Path.Combine(output, "data");
            return process.ExitCode == 0 && Directory.Exists(data) ? data : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
