using EcsGitOps.Aws;

namespace EcsGitOps.Delivery.LocalCloud.Seeding;

static class AwsAnswers
{
    /// <summary>AWS says NotFoundException; moto names the missing thing (MeshNotFound, RouteNotFound).</summary>
    public static bool IsNotFound(AwsServiceException e) =>
        e.ErrorCode.EndsWith("NotFound", StringComparison.Ordinal) || e.ErrorCode.EndsWith("NotFoundException", StringComparison.Ordinal);

    /// <summary>The endpoint's HTTP router answered, not the service: a 404 or 501 carrying no AWS error (moto's HTML page).</summary>
    public static bool IsNotImplemented(AwsServiceException e) =>
        e.HttpStatus is 404 or 501 && e.ErrorCode == $"Http{e.HttpStatus}";
}
