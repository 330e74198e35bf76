using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.Ec2;

/// <summary>Amazon EC2 (ec2 protocol, which sends requests as the query protocol does): VPC attributes.</summary>
public sealed class Ec2Client
{
    readonly QueryProtocol protocol;

    internal Ec2Client(QueryProtocol protocol) => this.protocol = protocol;

    public Task ModifyVpcAttributeAsync(ModifyVpcAttributeRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("ModifyVpcAttribute", request, Ec2JsonContext.Default.ModifyVpcAttributeRequest, Ec2JsonContext.Default.JsonElement, ct);
}
