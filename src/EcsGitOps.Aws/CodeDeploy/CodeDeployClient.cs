using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.CodeDeploy;

/// <summary>AWS CodeDeploy (JSON 1.1): ECS blue/green deployments, their targets and deployment groups.</summary>
public sealed class CodeDeployClient
{
    readonly JsonProtocol protocol;

    internal CodeDeployClient(JsonProtocol protocol) => this.protocol = protocol;

    static CodeDeployJsonContext Json => CodeDeployJsonContext.Default;

    public Task<CreateDeploymentResponse> CreateDeploymentAsync(CreateDeploymentRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("CreateDeployment", request, Json.CreateDeploymentRequest, Json.CreateDeploymentResponse, ct);

    public Task<GetDeploymentResponse> GetDeploymentAsync(GetDeploymentRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("GetDeployment", request, Json.GetDeploymentRequest, Json.GetDeploymentResponse, ct);

    public Task<StopDeploymentResponse> StopDeploymentAsync(StopDeploymentRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("StopDeployment", request, Json.StopDeploymentRequest, Json.StopDeploymentResponse, ct);

    public Task ContinueDeploymentAsync(ContinueDeploymentRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("ContinueDeployment", request, Json.ContinueDeploymentRequest, Json.JsonElement, ct);

    public Task<ListDeploymentTargetsResponse> ListDeploymentTargetsAsync(ListDeploymentTargetsRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("ListDeploymentTargets", request, Json.ListDeploymentTargetsRequest, Json.ListDeploymentTargetsResponse, ct);

    public IAsyncEnumerable<string> ListAllDeploymentTargetsAsync(ListDeploymentTargetsRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, ListDeploymentTargetsAsync, r => r.TargetIds, r => r.NextToken, (q, token) => q with { NextToken = token }, ct);

    public Task<GetDeploymentTargetResponse> GetDeploymentTargetAsync(GetDeploymentTargetRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("GetDeploymentTarget", request, Json.GetDeploymentTargetRequest, Json.GetDeploymentTargetResponse, ct);

    public Task<GetDeploymentGroupResponse> GetDeploymentGroupAsync(GetDeploymentGroupRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("GetDeploymentGroup", request, Json.GetDeploymentGroupRequest, Json.GetDeploymentGroupResponse, ct);
}
