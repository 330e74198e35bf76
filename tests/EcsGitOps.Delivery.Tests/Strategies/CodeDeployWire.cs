namespace EcsGitOps.Delivery.Tests.Strategies;

/// <summary>CodeDeploy JSON 1.1 response bodies in the shapes of botocore's codedeploy service-2.json, for an ECS deployment.</summary>
internal static class CodeDeployWire
{
    public const string Id = "d-8EXAMPLE1";
    public const string RollbackId = "d-8EXAMPLE2";
    public const string Canary = "CodeDeployDefault.ECSCanary10Percent5Minutes";

    public static string Group(string lastId = "d-PREVIOUS1", string lastStatus = "Succeeded") => $$"""
        {"deploymentGroupInfo":{"applicationName":"sample","deploymentGroupId":"6f4e1a2b","deploymentGroupName":"web",
          "deploymentConfigName":"CodeDeployDefault.ECSAllAtOnce","computePlatform":"ECS",
          "serviceRoleArn":"arn:aws:iam::123456789012:role/codedeploy",
          "deploymentStyle":{"deploymentType":"BLUE_GREEN","deploymentOption":"WITH_TRAFFIC_CONTROL"},
          "autoRollbackConfiguration":{"enabled":true,"events":["DEPLOYMENT_FAILURE","DEPLOYMENT_STOP_ON_ALARM"]},
          "ecsServices":[{"serviceName":"web","clusterName":"apps"}],
          "lastAttemptedDeployment":{"deploymentId":"{{lastId}}","status":"{{lastStatus}}","createTime":1.7642600E9} } }
        """;

    public static string Created => $$"""{"deploymentId":"{{Id}}"}""";

    /// <param name="extra">More members of deploymentInfo, e.g. errorInformation and rollbackInfo.</param>
    public static string Deployment(string status, string id = Id, string extra = "") => $$"""
        {"deploymentInfo":{"applicationName":"sample","deploymentGroupName":"web","deploymentConfigName":"{{Canary}}",
          "deploymentId":"{{id}}","status":"{{status}}","computePlatform":"ECS","creator":"user",
          "createTime":1.764266836262E9,"startTime":1.764266837001E9,
          "deploymentOverview":{"Pending":0,"InProgress":1,"Succeeded":0,"Failed":0,"Skipped":0,"Ready":0},
          "deploymentStyle":{"deploymentType":"BLUE_GREEN","deploymentOption":"WITH_TRAFFIC_CONTROL"},
          "deploymentStatusMessages":[]{{extra}} } }
        """;

    public static string RolledBackBy(string rollbackId, string message) => $$"""
        ,"rollbackInfo":{"rollbackDeploymentId":"{{rollbackId}}","rollbackMessage":"{{message}}"}
        """;

    public static string Targets => """{"targetIds":["apps:web"]}""";

    /// <param name="hooks">Lifecycle events as (name, status) pairs; a failed one carries diagnostics.</param>
    public static string Target(double greenWeight, params (string Name, string Status)[] hooks) => $$"""
        {"deploymentTarget":{"deploymentTargetType":"ECSTarget","ecsTarget":{"deploymentId":"{{Id}}","targetId":"apps:web",
          "targetArn":"arn:aws:ecs:us-east-1:123456789012:service/apps/web","lastUpdatedAt":1.764266900E9,"status":"InProgress",
          "lifecycleEvents":[{{string.Join(",", hooks.Select(Hook))}}],
          "taskSetsInfo":[
            {"identifer":"ecs-svc/1","desiredCount":2,"pendingCount":0,"runningCount":2,"status":"PRIMARY","trafficWeight":{{100 - greenWeight:0.0}},"targetGroup":{"name":"web-blue"},"taskSetLabel":"Blue"},
            {"identifer":"ecs-svc/2","desiredCount":2,"pendingCount":0,"runningCount":2,"status":"ACTIVE","trafficWeight":{{greenWeight:0.0}},"targetGroup":{"name":"web-green"},"taskSetLabel":"Green"}]} } }
        """;

    private static string Hook((string Name, string Status) hook) => hook.Status == "Failed"
        ? $$"""{"lifecycleEventName":"{{hook.Name}}","startTime":1.7642668E9,"endTime":1.7642669E9,"status":"Failed","diagnostics":{"errorCode":"ScriptFailed","scriptName":"","message":"The hook reported Failed: smoke test got HTTP 503","logTail":""} }"""
        : $$"""{"lifecycleEventName":"{{hook.Name}}","startTime":1.7642668E9,"status":"{{hook.Status}}"}""";
}
