using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.CloudFormation;

/// <summary>AWS CloudFormation (query protocol): templates, change sets, stacks, their events and exports.</summary>
public sealed class CloudFormationClient
{
    readonly QueryProtocol protocol;

    internal CloudFormationClient(QueryProtocol protocol) => this.protocol = protocol;

    static CloudFormationJsonContext Json => CloudFormationJsonContext.Default;

    public Task<ValidateTemplateResponse> ValidateTemplateAsync(ValidateTemplateRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("ValidateTemplate", request, Json.ValidateTemplateRequest, Json.ValidateTemplateResponse, ct);

    public Task<CreateChangeSetResponse> CreateChangeSetAsync(CreateChangeSetRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("CreateChangeSet", request, Json.CreateChangeSetRequest, Json.CreateChangeSetResponse, ct);

    public Task<DescribeChangeSetResponse> DescribeChangeSetAsync(DescribeChangeSetRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("DescribeChangeSet", request, Json.DescribeChangeSetRequest, Json.DescribeChangeSetResponse, ct);

    public IAsyncEnumerable<Change> ListAllChangesAsync(DescribeChangeSetRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, DescribeChangeSetAsync, r => r.Changes, r => r.NextToken, (q, token) => q with { NextToken = token }, ct);

    public Task ExecuteChangeSetAsync(ExecuteChangeSetRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("ExecuteChangeSet", request, Json.ExecuteChangeSetRequest, Json.JsonElement, ct);

    public Task DeleteChangeSetAsync(DeleteChangeSetRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("DeleteChangeSet", request, Json.DeleteChangeSetRequest, Json.JsonElement, ct);

    public Task<DescribeStacksResponse> DescribeStacksAsync(DescribeStacksRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("DescribeStacks", request, Json.DescribeStacksRequest, Json.DescribeStacksResponse, ct);

    public IAsyncEnumerable<Stack> ListAllStacksAsync(DescribeStacksRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, DescribeStacksAsync, r => r.Stacks, r => r.NextToken, (q, token) => q with { NextToken = token }, ct);

    public Task<DescribeStackEventsResponse> DescribeStackEventsAsync(DescribeStackEventsRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("DescribeStackEvents", request, Json.DescribeStackEventsRequest, Json.DescribeStackEventsResponse, ct);

    /// <summary>Newest first, as the service returns them.</summary>
    public IAsyncEnumerable<StackEvent> ListAllStackEventsAsync(DescribeStackEventsRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, DescribeStackEventsAsync, r => r.StackEvents, r => r.NextToken, (q, token) => q with { NextToken = token }, ct);

    public Task<DescribeStackResourcesResponse> DescribeStackResourcesAsync(DescribeStackResourcesRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("DescribeStackResources", request, Json.DescribeStackResourcesRequest, Json.DescribeStackResourcesResponse, ct);

    public Task DeleteStackAsync(DeleteStackRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("DeleteStack", request, Json.DeleteStackRequest, Json.JsonElement, ct);

    public Task ContinueUpdateRollbackAsync(ContinueUpdateRollbackRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("ContinueUpdateRollback", request, Json.ContinueUpdateRollbackRequest, Json.JsonElement, ct);

    public Task<CreateStackResponse> CreateStackAsync(CreateStackRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("CreateStack", request, Json.CreateStackRequest, Json.CreateStackResponse, ct);

    public Task<UpdateStackResponse> UpdateStackAsync(UpdateStackRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("UpdateStack", request, Json.UpdateStackRequest, Json.UpdateStackResponse, ct);

    public Task<GetTemplateResponse> GetTemplateAsync(GetTemplateRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("GetTemplate", request, Json.GetTemplateRequest, Json.GetTemplateResponse, ct);

    public Task<ListExportsResponse> ListExportsAsync(ListExportsRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("ListExports", request, Json.ListExportsRequest, Json.ListExportsResponse, ct);

    public IAsyncEnumerable<Export> ListAllExportsAsync(ListExportsRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, ListExportsAsync, r => r.Exports, r => r.NextToken, (q, token) => q with { NextToken = token }, ct);
}
