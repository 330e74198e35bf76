namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>A local registry that accepts what moto's GetAuthorizationToken issues (user AWS), standing in for ECR's registry.</summary>
/// <remarks>ECR's own registry host is not on this machine; only the host differs from a push to ECR.</remarks>
public sealed class EcrTokenRegistry : LocalRegistry
{
    /// <summary>The password inside moto's token for its default account.</summary>
    public const string Password = "123456789012-auth-token";

    protected override string Htpasswd => "AWS:$2b$04$ecrtokenforlocaltest0uSvMdt0IMV33xtQC2Aifr5LbRYCnUkT6";
}
