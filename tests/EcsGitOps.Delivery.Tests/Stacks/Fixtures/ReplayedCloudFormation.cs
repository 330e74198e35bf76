using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Web;
using Amazon.Runtime;
using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudFormation;
using EcsGitOps.Aws.Retry;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Stacks.Fixtures;

/// <summary>
/// A local CloudFormation endpoint on 127.0.0.1 that answers each Action with scripted responses in the service's own
/// query-protocol XML, in order, repeating the last one; for the states moto never reaches (rollbacks, failures).
/// </summary>
public sealed class ReplayedCloudFormation : IDisposable
{
    readonly HttpListener listener;
    readonly ConcurrentDictionary<string, ConcurrentQueue<Reply>> scripts = new(StringComparer.Ordinal);
    readonly ConcurrentQueue<ReplayedRequest> requests = new();
    readonly Task loop;
    readonly AwsClients clients;

    public ReplayedCloudFormation()
    {
        (listener, var url) = LoopbackHttpListener.Start();
        loop = Task.Run(ServeAsync);
        clients = new AwsClients(new AwsOptions
        {
            Region = "us-east-1",
            EndpointUrl = url.ToString(),
            Credentials = new BasicAWSCredentials("testing", "testing"),
            Retry = AwsRetryOptions.Immediate,
        });
    }

    public CloudFormationClient CloudFormation => clients.CloudFormation;

    public IReadOnlyList<ReplayedRequest> Requests => requests.ToList();

    public List<string> Actions => requests.Select(r => r.Action).ToList();

    public ReplayedCloudFormation On(string action, params Reply[] replies)
    {
        var queue = scripts.GetOrAdd(action, _ => new ConcurrentQueue<Reply>());
        foreach (var reply in replies)
            queue.Enqueue(reply);
        return this;
    }

    async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var form = HttpUtility.ParseQueryString(await reader.ReadToEndAsync());
            var fields = form.AllKeys.OfType<string>().ToDictionary(k => k, k => form[k] ?? "", StringComparer.Ordinal);
            var action = fields.GetValueOrDefault("Action") ?? "";
            requests.Enqueue(new ReplayedRequest(action, fields));
            var reply = Next(action);
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "text/xml";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    Reply Next(string action)
    {
        if (!scripts.TryGetValue(action, out var queue) || queue.IsEmpty)
            return CloudFormationXml.Error("InvalidAction", $"the test scripted no reply for {action}");
        if (queue.Count > 1 && queue.TryDequeue(out var next))
            return next;
        return queue.TryPeek(out var last) ? last : CloudFormationXml.Error("InvalidAction", $"no reply for {action}");
    }

    public void Dispose()
    {
        clients.Dispose();
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }
}
