using System.Net;
using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using EcsGitOps.Aws;
using EcsGitOps.Aws.Retry;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Strategies.Support;

/// <summary>
/// A local HTTP server on 127.0.0.1 answering JSON 1.1 operations with the wire responses the test scripts for each one,
/// in order, the last repeated: for what moto cannot do. Records every request it was sent.
/// </summary>
public sealed class ReplayedAws : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Queue<Reply>> _replies = [];
    private readonly List<(string Operation, JsonElement Body)> _requests = [];
    private readonly Lock _gate = new();
    private readonly Task _loop;

    public ReplayedAws()
    {
        Url = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public AwsOptions Options() => new()
    {
        Region = "us-east-1",
        EndpointUrl = Url.ToString(),
        Credentials = new BasicAWSCredentials("testing", "testing"),
        Retry = AwsRetryOptions.Immediate,
    };

    /// <summary>Answers the operation with these bodies one after the other, then keeps giving the last.</summary>
    public ReplayedAws On(string operation, params string[] bodies)
    {
        foreach (var body in bodies)
            Enqueue(operation, new Reply(200, body));
        return this;
    }

    public ReplayedAws Fails(string operation, int status, string errorType, string message)
    {
        Enqueue(operation, new Reply(status, JsonSerializer.Serialize(new Dictionary<string, string> { ["__type"] = errorType, ["message"] = message })));
        return this;
    }

    /// <summary>The bodies of the requests sent for the operation, in order.</summary>
    public IReadOnlyList<JsonElement> Sent(string operation)
    {
        lock (_gate)
            return _requests.Where(request => request.Operation == operation).Select(request => request.Body).ToList();
    }

    public IReadOnlyList<string> Operations
    {
        get
        {
            lock (_gate)
                return _requests.Select(request => request.Operation).ToList();
        }
    }

    private void Enqueue(string operation, Reply reply)
    {
        lock (_gate)
        {
            if (!_replies.TryGetValue(operation, out var queue))
                _replies[operation] = queue = new Queue<Reply>();
            queue.Enqueue(reply);
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            var operation = context.Request.Headers["X-Amz-Target"]?.Split('.').Last() ?? "";
            var reply = Take(operation, text);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/x-amz-json-1.1";
            context.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private Reply Take(string operation, string body)
    {
        lock (_gate)
        {
            _requests.Add((operation, JsonDocument.Parse(body.Length == 0 ? "{}" : body).RootElement.Clone()));
            if (!_replies.TryGetValue(operation, out var queue))
                return new Reply(400, $$"""{"__type":"UnknownOperationException","message":"no reply scripted for {{operation}}"}""");
            return queue.Count > 1 ? queue.Dequeue() : queue.Peek();
        }
    }


    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private sealed record Reply(int Status, string Body);
}
