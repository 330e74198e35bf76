using Amazon.Runtime;
using Amazon.Runtime.Signing;
using EcsGitOps.Aws.AppMesh;
using EcsGitOps.Aws.Auth;
using EcsGitOps.Aws.CloudFormation;
using EcsGitOps.Aws.CloudWatch;
using EcsGitOps.Aws.CodeDeploy;
using EcsGitOps.Aws.Ec2;
using EcsGitOps.Aws.Ecr;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Aws.ElasticLoadBalancing;
using EcsGitOps.Aws.Retry;
using EcsGitOps.Aws.Sts;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws;

/// <summary>
/// One client per AWS service the tool uses, sharing one connection pool, one credential source and one retry policy.
/// Building it makes no call; credentials are resolved at the first request.
/// </summary>
public sealed class AwsClients : IDisposable
{
    readonly HttpMessageHandler innerHandler;
    readonly bool ownsHandler;
    readonly List<HttpClient> httpClients = [];

    public AwsClients(AwsOptions options)
    {
        Options = options;
        var region = RegionResolver.Resolve(options);
        Region = region.SystemName;
        var endpoints = new EndpointResolver(options, region);
        var credentials = CredentialsResolver.Resolve(options, region, endpoints);
        var pipeline = RetryPipelineFactory.Create(options.Retry, options.TimeProvider);
        ownsHandler = options.HttpHandler is null;
        innerHandler = options.HttpHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

        AwsRequestSender Sender(AwsServiceInfo service)
        {
            var signing = new SigV4SigningHandler(new AWSSigV4Parameters { Credentials = credentials, Region = region, Service = service.SigningName }, innerHandler);
            var http = new HttpClient(signing, disposeHandler: false) { Timeout = options.Retry.AttemptTimeout };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("ecsgitops/1.0");
            httpClients.Add(http);
            return new AwsRequestSender(service, http, endpoints.Resolve(service), pipeline);
        }

        Ecs = new EcsClient(new JsonProtocol(Sender(AwsServiceCatalog.Ecs), "1.1"));
        Ecr = new EcrClient(new JsonProtocol(Sender(AwsServiceCatalog.Ecr), "1.1"));
        CodeDeploy = new CodeDeployClient(new JsonProtocol(Sender(AwsServiceCatalog.CodeDeploy), "1.1"));
        CloudFormation = new CloudFormationClient(new QueryProtocol(Sender(AwsServiceCatalog.CloudFormation)));
        AppMesh = new AppMeshClient(new RestJsonProtocol(Sender(AwsServiceCatalog.AppMesh)));
        ElasticLoadBalancing = new ElasticLoadBalancingClient(new QueryProtocol(Sender(AwsServiceCatalog.ElasticLoadBalancing)));
        CloudWatch = new CloudWatchClient(new JsonProtocol(Sender(AwsServiceCatalog.CloudWatch), "1.0", queryCompatible: true));
        Ec2 = new Ec2Client(new QueryProtocol(Sender(AwsServiceCatalog.Ec2)));
        Sts = new StsClient(new QueryProtocol(Sender(AwsServiceCatalog.Sts)));
    }

    public AwsOptions Options { get; }

    /// <summary>The region every client signs for and, without an endpoint override, talks to.</summary>
    public string Region { get; }

    public EcsClient Ecs { get; }

    public EcrClient Ecr { get; }

    public CodeDeployClient CodeDeploy { get; }

    public CloudFormationClient CloudFormation { get; }

    public AppMeshClient AppMesh { get; }

    public Ec2Client Ec2 { get; }

    public ElasticLoadBalancingClient ElasticLoadBalancing { get; }

    public CloudWatchClient CloudWatch { get; }

    public StsClient Sts { get; }

    public void Dispose()
    {
        foreach (var http in httpClients)
            http.Dispose();
        if (ownsHandler)
            innerHandler.Dispose();
    }
}
