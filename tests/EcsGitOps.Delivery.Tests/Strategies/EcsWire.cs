namespace EcsGitOps.Delivery.Tests.Strategies;

/// <summary>ECS JSON 1.1 response bodies in the shapes of botocore's ecs service-2.json, for one service "apps/web".</summary>
internal static class EcsWire
{
    public const string Account = "arn:aws:ecs:us-east-1:123456789012";
    public const string ClusterArn = $"{Account}:cluster/apps";
    public const string ServiceArn = $"{Account}:service/apps/web";
    public const string Current = $"{Account}:task-definition/web:7";
    public const string Next = $"{Account}:task-definition/web:8";
    public const string DeploymentArn = $"{Account}:service-deployment/apps/web/NCWGC2ZR-taawPAYrIaU5";

    public static string Services(string taskDefinition, string controller = "ECS") => $$"""
        {"services":[{"serviceArn":"{{ServiceArn}}","serviceName":"web","clusterArn":"{{ClusterArn}}","status":"ACTIVE",
          "desiredCount":2,"runningCount":2,"pendingCount":0,"launchType":"FARGATE","taskDefinition":"{{taskDefinition}}",
          "deploymentConfiguration":{"deploymentCircuitBreaker":{"enable":true,"rollback":true},"maximumPercent":200,
            "minimumHealthyPercent":100,"strategy":"BLUE_GREEN","bakeTimeInMinutes":5},
          "deploymentController":{"type":"{{controller}}"},"createdAt":1731500000.0}],"failures":[]}
        """;

    public static string Updated => $$"""
        {"service":{"serviceArn":"{{ServiceArn}}","serviceName":"web","clusterArn":"{{ClusterArn}}","status":"ACTIVE",
          "desiredCount":2,"runningCount":2,"pendingCount":0,"taskDefinition":"{{Next}}",
          "currentServiceDeployment":"{{DeploymentArn}}","deploymentController":{"type":"ECS"} } }
        """;

    public static string NoDeployments => """{"serviceDeployments":[]}""";

    public static string InProgressDeployments => $$"""
        {"serviceDeployments":[{"serviceDeploymentArn":"{{DeploymentArn}}","serviceArn":"{{ServiceArn}}","clusterArn":"{{ClusterArn}}",
          "createdAt":1731512316.002,"startedAt":1731512316.123,"targetServiceRevisionArn":"{{Account}}:service-revision/apps/web/8",
          "status":"IN_PROGRESS"}]}
        """;

    /// <param name="extra">More members of the serviceDeployment object, e.g. a rollback.</param>
    public static string Deployed(string status, string stage, int running, double? productionWeight = null, string extra = "") => $$"""
        {"serviceDeployments":[{"serviceDeploymentArn":"{{DeploymentArn}}","serviceArn":"{{ServiceArn}}","clusterArn":"{{ClusterArn}}",
          "createdAt":1731512316.002,"startedAt":1731512316.123,"updatedAt":1731512400.5,
          "sourceServiceRevisions":[{"arn":"{{Account}}:service-revision/apps/web/7","requestedTaskCount":2,"runningTaskCount":2,"pendingTaskCount":0}],
          "targetServiceRevision":{"arn":"{{Account}}:service-revision/apps/web/8","requestedTaskCount":2,"runningTaskCount":{{running}},
            "pendingTaskCount":0{{(productionWeight is { } weight ? $",\"requestedProductionTrafficWeight\":{weight:0.0}" : "")}} },
          "status":"{{status}}","lifecycleStage":"{{stage}}",
          "deploymentConfiguration":{"deploymentCircuitBreaker":{"enable":true,"rollback":true},"maximumPercent":200,
            "minimumHealthyPercent":100,"strategy":"BLUE_GREEN","bakeTimeInMinutes":5},
          "deploymentCircuitBreaker":{"status":"MONITORING","failureCount":0,"threshold":3},"alarms":{"status":"DISABLED"}{{extra}} }],
         "failures":[]}
        """;

    public static string RolledBack(string status) => Deployed(status, "CLEAN_UP", 0, 0, $$"""
        ,"statusReason":"Service deployment rolled back because the circuit breaker threshold was exceeded.",
         "rollback":{"reason":"Circuit breaker threshold exceeded","startedAt":1731512450,"serviceRevisionArn":"{{Account}}:service-revision/apps/web/7"}
        """).Replace("\"status\":\"MONITORING\",\"failureCount\":0", "\"status\":\"TRIGGERED\",\"failureCount\":3", StringComparison.Ordinal);

    public static string StoppedTaskArns => $$"""
        {"taskArns":["{{Account}}:task/apps/0a1b2c3d4e","{{Account}}:task/apps/1b2c3d4e5f","{{Account}}:task/apps/2c3d4e5f6a"]}
        """;

    /// <summary>Two tasks of the new revision whose app exited, and one old task stopped by the deployment itself.</summary>
    public static string StoppedTaskBodies => $$"""
        {"tasks":[
          {{Task("0a1b2c3d4e", Next, "EssentialContainerExited", "Essential container in task exited", 1731512440.2, "\"exitCode\":1")}},
          {{Task("1b2c3d4e5f", Next, "EssentialContainerExited", "Essential container in task exited", 1731512441.7, "\"exitCode\":1")}},
          {{Task("2c3d4e5f6a", Current, "ServiceSchedulerInitiated", "Scaling activity initiated by (deployment ecs-svc/123)", 1731512300.0, "\"exitCode\":0")}}],
         "failures":[]}
        """;

    private static string Task(string id, string taskDefinition, string stopCode, string reason, double stoppedAt, string exit) => $$"""
        {"taskArn":"{{Account}}:task/apps/{{id}}","clusterArn":"{{ClusterArn}}","taskDefinitionArn":"{{taskDefinition}}",
         "lastStatus":"STOPPED","desiredStatus":"STOPPED","group":"service:web","launchType":"FARGATE","stopCode":"{{stopCode}}",
         "stoppedReason":"{{reason}}","stoppedAt":{{stoppedAt}},
         "containers":[{"containerArn":"{{Account}}:container/apps/{{id}}/c1","taskArn":"{{Account}}:task/apps/{{id}}","name":"app",
           "lastStatus":"STOPPED",{{exit}} }]}
        """;
}
