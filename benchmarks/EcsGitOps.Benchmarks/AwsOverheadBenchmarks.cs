using System.Diagnostics;
using System.Net.Http.Headers;
using Amazon.Runtime;
using BenchmarkDotNet.Attributes;
using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudWatch;
using EcsGitOps.Aws.Ecs;

namespace EcsGitOps.Benchmarks;

/// <summary>
/// Per-request cost of the same calls against one local moto: through our clients (signing, retry pipeline, source-generated
/// JSON), as a bare unsigned HTTP POST (moto's own time), and through the AWS CLI (a process per call).
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class AwsOverheadBenchmarks
{
    LocalMoto moto = null!;
    AwsClients aws = null!;
    HttpClient raw = null!;

    [GlobalSetup]
    public void Setup()
    {
        moto = new LocalMoto();
        aws = new AwsClients(new AwsOptions
        {
            Region = "us-east-1", EndpointUrl = moto.Url.ToString(), Credentials = new BasicAWSCredentials("testing", "testing"),
        });
        raw = new HttpClient { BaseAddress = moto.Url };
        Cli("ecs", "create-cluster", "--cluster-name", "apps");
        var definition = aws.Ecs.RegisterTaskDefinitionAsync(new RegisterTaskDefinitionRequest
        {
            Family = "web", ContainerDefinitions = [new ContainerDefinition { Name = "app", Image = "repo/web@sha256:abc", Memory = 128 }],
        }).GetAwaiter().GetResult().TaskDefinition!.TaskDefinitionArn!;
        Cli("ecs", "create-service", "--cluster", "apps", "--service-name", "web", "--task-definition", definition, "--desired-count", "2");
        aws.CloudWatch.PutMetricAlarmAsync(new PutMetricAlarmRequest
        {
            AlarmName = "web-5xx", Namespace = "AWS/ApplicationELB", MetricName = "HTTPCode_Target_5XX_Count", Statistic = "Sum",
            Period = 60, EvaluationPeriods = 1, Threshold = 5, ComparisonOperator = "GreaterThanOrEqualToThreshold",
        }).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        aws.Dispose();
        raw.Dispose();
        moto.Dispose();
    }

    [Benchmark(Baseline = true, Description = "ECS DescribeServices: EcsGitOps client")]
    public async Task<int> EcsClient() =>
        (await aws.Ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = "apps", Services = ["web"] })).Services!.Count;

    [Benchmark(Description = "ECS DescribeServices: bare unsigned POST")]
    public async Task<int> EcsBareHttp()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("""{"cluster":"apps","services":["web"]}""") };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.DescribeServices");
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await raw.SendAsync(request);
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    [Benchmark(Description = "ECS DescribeServices: AWS CLI")]
    public int EcsAwsCli() => Cli("ecs", "describe-services", "--cluster", "apps", "--services", "web").Length;

    [Benchmark(Description = "CloudWatch DescribeAlarms: EcsGitOps client")]
    public async Task<int> CloudWatchClient() =>
        (await aws.CloudWatch.DescribeAlarmsAsync(new DescribeAlarmsRequest { AlarmNames = ["web-5xx"] })).MetricAlarms!.Count;

    [Benchmark(Description = "CloudWatch DescribeAlarms: AWS CLI")]
    public int CloudWatchAwsCli() => Cli("cloudwatch", "describe-alarms", "--alarm-names", "web-5xx").Length;

    string Cli(params string[] arguments)
    {
        var start = new ProcessStartInfo("aws") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--endpoint-url", moto.Url.ToString().TrimEnd('/'), "--region", "us-east-1", "--output", "json" }.Concat(arguments))
            start.ArgumentList.Add(argument);
        start.Environment["AWS_ACCESS_KEY_ID"] = "testing";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "testing";
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"aws {string.Join(' ', arguments)} exited with {process.ExitCode}");
    }
}
