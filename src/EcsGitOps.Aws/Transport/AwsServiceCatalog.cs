namespace EcsGitOps.Aws.Transport;

/// <summary>The services the clients speak to, as botocore's service-2.json metadata describes them.</summary>
internal static class AwsServiceCatalog
{
    public static readonly AwsServiceInfo Ecs =
        new("ECS", "ECS", "ecs", "ecs", "2014-11-13", "AmazonEC2ContainerServiceV20141113");

    public static readonly AwsServiceInfo Ecr =
        new("ECR", "ECR", "ecr", "api.ecr", "2015-09-21", "AmazonEC2ContainerRegistry_V20150921");

    public static readonly AwsServiceInfo CodeDeploy =
        new("CodeDeploy", "CODEDEPLOY", "codedeploy", "codedeploy", "2014-10-06", "CodeDeploy_20141006");

    public static readonly AwsServiceInfo CloudFormation =
        new("CloudFormation", "CLOUDFORMATION", "cloudformation", "cloudformation", "2010-05-15");

    public static readonly AwsServiceInfo AppMesh =
        new("AppMesh", "APP_MESH", "appmesh", "appmesh", "2019-01-25");

    public static readonly AwsServiceInfo ElasticLoadBalancing =
        new("ELBv2", "ELASTIC_LOAD_BALANCING_V2", "elasticloadbalancing", "elasticloadbalancing", "2015-12-01");

    public static readonly AwsServiceInfo CloudWatch =
        new("CloudWatch", "CLOUDWATCH", "monitoring", "monitoring", "2010-08-01", "GraniteServiceVersion20100801");

    public static readonly AwsServiceInfo Ec2 =
        new("EC2", "EC2", "ec2", "ec2", "2016-11-15");

    public static readonly AwsServiceInfo Sts =
        new("STS", "STS", "sts", "sts", "2011-06-15");
}
