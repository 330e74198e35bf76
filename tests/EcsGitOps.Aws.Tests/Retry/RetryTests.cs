using EcsGitOps.Aws.Retry;
using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.Retry;

/// <summary>Retries and error mapping against a local server that plays faults moto never produces, then success.</summary>
public sealed class RetryTests : IDisposable
{
    const string Ok = """{"services":[],"failures":[]}""";
    const string HtmlPage = "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>";

    readonly ReplayServer server = new();

    public void Dispose() => server.Dispose();

    AwsClients Clients(AwsRetryOptions? retry = null) => new(server.Options() with { Retry = retry ?? AwsRetryOptions.Immediate });

    Task DescribeAsync(AwsClients aws) => aws.Ecs.DescribeServicesAsync(new() { Services = ["web"] });

    [Fact]
    public async Task Throttling_is_retried_until_the_call_succeeds()
    {
        server.Reply(400, """{"__type":"ThrottlingException","message":"Rate exceeded"}""")
              .Reply(400, """{"__type":"com.amazonaws.ecs#ThrottlingException","message":"Rate exceeded"}""")
              .Reply(200, Ok);
        using var aws = Clients();

        var response = await aws.Ecs.DescribeServicesAsync(new() { Services = ["web"] });

        Assert.Empty(response.Services!);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Status_429_502_503_and_504_are_retried_whatever_their_body()
    {
        server.Reply(429, "", "text/plain")
              .Reply(502, HtmlPage, "text/html")
              .Reply(503, HtmlPage, "text/html")
              .Reply(504, "{not json", "application/json")
              .Reply(200, Ok);
        using var aws = Clients();

        await DescribeAsync(aws);

        Assert.Equal(5, server.Requests.Count);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        server.Drop().Reply(200, Ok);
        using var aws = Clients();

        await DescribeAsync(aws);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(2, server.Answered);
    }

    [Fact]
    public async Task Each_attempt_is_signed_anew()
    {
        server.Reply(503, "", "text/plain").Reply(200, Ok);
        using var aws = Clients();

        await DescribeAsync(aws);

        Assert.All(server.Requests, r => Assert.StartsWith("AWS4-HMAC-SHA256 Credential=testing/", r.Headers["Authorization"]));
        Assert.Equal(2, server.Requests.Select(r => r.Headers["Authorization"]).Count());
    }

    [Fact]
    public async Task A_500_is_retried_once_and_no_more()
    {
        server.Reply(500, """{"__type":"ServerException","message":"Internal error"}""")
              .Reply(500, """{"__type":"ServerException","message":"Internal error"}""")
              .Reply(200, Ok);
        using var aws = Clients();

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => DescribeAsync(aws));

        Assert.Equal(("ServerException", 500), (error.ErrorCode, error.HttpStatus));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_validation_error_is_never_retried()
    {
        server.Reply(400, """{"__type":"InvalidParameterException","message":"Invalid revision number. Number: 0"}""", headers: ("x-amzn-RequestId", "req-42"))
              .Reply(200, Ok);
        using var aws = Clients();

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => DescribeAsync(aws));

        Assert.Single(server.Requests);
        Assert.Equal("ECS DescribeServices failed: InvalidParameterException: Invalid revision number. Number: 0 (request id req-42)", error.Message);
    }

    [Fact]
    public async Task Throttling_that_never_ends_gives_up_after_the_attempt_limit()
    {
        for (var i = 0; i < 6; i++)
            server.Reply(400, """{"__type":"ThrottlingException","message":"Rate exceeded"}""");
        using var aws = Clients(AwsRetryOptions.Immediate with { MaxAttempts = 4 });

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => DescribeAsync(aws));

        Assert.Equal("ThrottlingException", error.ErrorCode);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task Query_protocol_throttling_in_an_XML_body_is_retried()
    {
        server.Reply(400, """<ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>r-1</RequestId></ErrorResponse>""", "text/xml")
              .Reply(200, """<DescribeStacksResponse><DescribeStacksResult><Stacks/></DescribeStacksResult></DescribeStacksResponse>""", "text/xml");
        using var aws = Clients();

        var stacks = await aws.CloudFormation.DescribeStacksAsync(new());

        Assert.Empty(stacks.Stacks!);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_malformed_success_body_is_reported_once_and_not_retried_since_the_operation_may_have_happened()
    {
        server.Reply(200, "<html>proxy login</html>", "text/html").Reply(200, Ok);
        using var aws = Clients();

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => DescribeAsync(aws));

        Assert.Equal("MalformedResponse", error.ErrorCode);
        Assert.Contains("text/html body: \"proxy login\"", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_endpoint_that_refuses_connections_fails_with_a_line_naming_it()
    {
        var closed = $"http://127.0.0.1:{FreePort.Next()}/";
        using var aws = new AwsClients(server.Options() with { EndpointUrl = closed, Retry = AwsRetryOptions.Immediate with { MaxAttempts = 2 } });

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => DescribeAsync(aws));

        Assert.Equal(("ConnectionFailure", 0), (error.ErrorCode, error.HttpStatus));
        Assert.Contains(closed, error.Message);
        Assert.StartsWith("ECS DescribeServices failed: ConnectionFailure: could not reach", error.Message);
    }

    [Fact]
    public async Task An_endpoint_that_never_answers_fails_as_a_timeout_after_its_attempts()
    {
        server.Stall().Stall();
        using var aws = Clients(AwsRetryOptions.Immediate with { MaxAttempts = 2, AttemptTimeout = TimeSpan.FromSeconds(2) });

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => DescribeAsync(aws));

        Assert.Equal("Timeout", error.ErrorCode);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task The_total_time_bound_runs_on_the_injected_clock()
    {
        server.Stall();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        using var aws = new AwsClients(server.Options() with { TimeProvider = clock, Retry = AwsRetryOptions.Immediate with { TotalTimeout = TimeSpan.FromSeconds(90) } });

        var call = DescribeAsync(aws);
        while (server.Requests.IsEmpty)
            await Task.Delay(10);
        clock.Advance(TimeSpan.FromSeconds(91));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => call);
        Assert.Equal("Timeout", error.ErrorCode);
        Assert.Contains("within 90 s, retries included", error.Message);
    }

    [Fact]
    public async Task A_page_token_handed_back_twice_ends_the_listing_instead_of_looping()
    {
        server.Reply(200, """{"taskArns":["t1"],"nextToken":"same"}""")
              .Reply(200, """{"taskArns":["t2"],"nextToken":"same"}""")
              .Reply(200, """{"taskArns":["t3"],"nextToken":"same"}""");
        using var aws = Clients();

        var tasks = new List<string>();
        await foreach (var task in aws.Ecs.ListAllTasksAsync(new() { Cluster = "apps" }))
            tasks.Add(task);

        Assert.Equal(["t1", "t2"], tasks);
    }

    [Fact]
    public async Task The_caller_cancelling_stops_at_once_without_retrying()
    {
        server.Stall();
        using var aws = Clients();
        using var cancel = new CancellationTokenSource();

        var call = aws.Ecs.DescribeServicesAsync(new() { Services = ["web"] }, cancel.Token);
        while (server.Requests.IsEmpty)
            await Task.Delay(10);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(server.Requests);
    }
}
