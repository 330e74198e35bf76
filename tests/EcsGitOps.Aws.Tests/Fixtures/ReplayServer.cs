using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EcsGitOps.Aws.Tests.Fixtures;

/// <summary>
/// A local HTTP/1.1 server on 127.0.0.1 that answers with scripted responses in AWS's wire format, one per request, and
/// records what it received: for what moto cannot do, and for faults moto never produces (dropped connections, stalls).
/// Written on a bare socket so that a drop is a real TCP reset.
/// </summary>
public sealed class ReplayServer : IDisposable
{
    readonly TcpListener listener = new(IPAddress.Loopback, 0);
    readonly ConcurrentQueue<Scripted> replies = new();
    readonly CancellationTokenSource stopping = new();
    readonly Task loop;
    int answered;

    public ReplayServer()
    {
        listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Requests given their scripted reply, dropped or answered.</summary>
    public int Answered => answered;

    public ReplayServer Reply(int status, string body, string contentType = "application/x-amz-json-1.1", params (string Name, string Value)[] headers)
    {
        replies.Enqueue(new Scripted(status, body, contentType, headers, Fault.None));
        return this;
    }

    /// <summary>Resets the connection without an answer, as a crashed or restarted server does.</summary>
    public ReplayServer Drop()
    {
        replies.Enqueue(new Scripted(0, "", "", [], Fault.Drop));
        return this;
    }

    /// <summary>Never answers, as an overloaded server does, until the server is disposed.</summary>
    public ReplayServer Stall()
    {
        replies.Enqueue(new Scripted(0, "", "", [], Fault.Stall));
        return this;
    }

    public AwsOptions Options() => new()
    {
        Region = "us-east-1",
        EndpointUrl = Url.ToString(),
        Credentials = new Amazon.Runtime.BasicAWSCredentials("testing", "testing"),
        Retry = global::EcsGitOps.Aws.Retry.AwsRetryOptions.Immediate,
    };

    async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(client));
        }
    }

    async Task HandleAsync(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            var request = await ReadRequestAsync(stream);
            if (request is null)
            {
                client.Dispose();
                return;
            }
            Requests.Enqueue(request);
            Interlocked.Increment(ref answered);
            if (!replies.TryDequeue(out var reply))
                reply = new Scripted(599, "no reply scripted for this request", "text/plain", [], Fault.None);
            switch (reply.Fault)
            {
                case Fault.Drop:
                    client.Client.LingerState = new LingerOption(true, 0);
                    client.Dispose();
                    return;
                case Fault.Stall:
                    await Task.Delay(Timeout.Infinite, stopping.Token).ContinueWith(_ => client.Dispose(), TaskScheduler.Default);
                    return;
            }
            var body = Encoding.UTF8.GetBytes(reply.Body);
            var head = new StringBuilder($"HTTP/1.1 {reply.Status} Scripted\r\n");
            if (reply.ContentType.Length > 0)
                head.Append($"Content-Type: {reply.ContentType}\r\n");
            foreach (var (name, value) in reply.Headers)
                head.Append($"{name}: {value}\r\n");
            head.Append($"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
            await stream.WriteAsync(body);
            await stream.FlushAsync();
            client.Dispose();
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            client.Dispose();
        }
    }

    static async Task<RecordedRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one) == 0)
                return null;
            buffer.Add(one[0]);
        }
        var lines = Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var start = lines[0].Split(' ');
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text) : 0;
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return new RecordedRequest(start[0], start[1], headers, Encoding.UTF8.GetString(body));
    }

    static bool EndsWithBlankLine(List<byte> bytes) =>
        bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n';

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        loop.Wait(TimeSpan.FromSeconds(5));
        listener.Dispose();
    }

    enum Fault { None, Drop, Stall }

    sealed record Scripted(int Status, string Body, string ContentType, (string Name, string Value)[] Headers, Fault Fault);
}
