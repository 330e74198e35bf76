using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.Ecs;

/// <summary>Amazon ECS (JSON 1.1): task definitions, services, task sets, service deployments, tasks and tags.</summary>
public sealed class EcsClient
{
    readonly JsonProtocol protocol;

    internal EcsClient(JsonProtocol protocol) => this.protocol = protocol;

    static EcsJsonContext Json => EcsJsonContext.Default;

    public Task<RegisterTaskDefinitionResponse> RegisterTaskDefinitionAsync(RegisterTaskDefinitionRequest request, CancellationToken ct = default) =>
        Call("RegisterTaskDefinition", request, Json.RegisterTaskDefinitionRequest, Json.RegisterTaskDefinitionResponse, ct);

    /// <summary>Registers a rendered task definition as it is, every member passed through, as <c>aws ecs register-task-definition --cli-input-json</c> does.</summary>
    public async Task<RegisterTaskDefinitionResponse> RegisterTaskDefinitionAsync(JsonObject taskDefinition, CancellationToken ct = default)
    {
        var response = await protocol.InvokeRawAsync("RegisterTaskDefinition", TaskDefinitionInput.ToRequestBody(taskDefinition), ct);
        return AwsJson.Read(protocol.Service, "RegisterTaskDefinition", response, Json.RegisterTaskDefinitionResponse);
    }

    public async Task<DescribeTaskDefinitionResponse> DescribeTaskDefinitionAsync(DescribeTaskDefinitionRequest request, CancellationToken ct = default)
    {
        var response = await protocol.InvokeRawAsync("DescribeTaskDefinition", JsonSerializer.SerializeToUtf8Bytes(request, Json.DescribeTaskDefinitionRequest), ct);
        var typed = AwsJson.Read(protocol.Service, "DescribeTaskDefinition", response, Json.DescribeTaskDefinitionResponse);
        return typed with { RawTaskDefinition = TaskDefinitionInput.RawTaskDefinition(response.Body) };
    }

    public Task<DeregisterTaskDefinitionResponse> DeregisterTaskDefinitionAsync(DeregisterTaskDefinitionRequest request, CancellationToken ct = default) =>
        Call("DeregisterTaskDefinition", request, Json.DeregisterTaskDefinitionRequest, Json.DeregisterTaskDefinitionResponse, ct);

    public Task<CreateServiceResponse> CreateServiceAsync(CreateServiceRequest request, CancellationToken ct = default) =>
        Call("CreateService", request, Json.CreateServiceRequest, Json.CreateServiceResponse, ct);

    public Task<DescribeServicesResponse> DescribeServicesAsync(DescribeServicesRequest request, CancellationToken ct = default) =>
        Call("DescribeServices", request, Json.DescribeServicesRequest, Json.DescribeServicesResponse, ct);

    public Task<UpdateServiceResponse> UpdateServiceAsync(UpdateServiceRequest request, CancellationToken ct = default) =>
        Call("UpdateService", request, Json.UpdateServiceRequest, Json.UpdateServiceResponse, ct);

    public Task<CreateTaskSetResponse> CreateTaskSetAsync(CreateTaskSetRequest request, CancellationToken ct = default) =>
        Call("CreateTaskSet", request, Json.CreateTaskSetRequest, Json.CreateTaskSetResponse, ct);

    public Task<DescribeTaskSetsResponse> DescribeTaskSetsAsync(DescribeTaskSetsRequest request, CancellationToken ct = default) =>
        Call("DescribeTaskSets", request, Json.DescribeTaskSetsRequest, Json.DescribeTaskSetsResponse, ct);

    public Task<UpdateTaskSetResponse> UpdateTaskSetAsync(UpdateTaskSetRequest request, CancellationToken ct = default) =>
        Call("UpdateTaskSet", request, Json.UpdateTaskSetRequest, Json.UpdateTaskSetResponse, ct);

    public Task<UpdateServicePrimaryTaskSetResponse> UpdateServicePrimaryTaskSetAsync(UpdateServicePrimaryTaskSetRequest request, CancellationToken ct = default) =>
        Call("UpdateServicePrimaryTaskSet", request, Json.UpdateServicePrimaryTaskSetRequest, Json.UpdateServicePrimaryTaskSetResponse, ct);

    public Task<DeleteTaskSetResponse> DeleteTaskSetAsync(DeleteTaskSetRequest request, CancellationToken ct = default) =>
        Call("DeleteTaskSet", request, Json.DeleteTaskSetRequest, Json.DeleteTaskSetResponse, ct);

    public Task<ListServiceDeploymentsResponse> ListServiceDeploymentsAsync(ListServiceDeploymentsRequest request, CancellationToken ct = default) =>
        Call("ListServiceDeployments", request, Json.ListServiceDeploymentsRequest, Json.ListServiceDeploymentsResponse, ct);

    public IAsyncEnumerable<ServiceDeploymentBrief> ListAllServiceDeploymentsAsync(ListServiceDeploymentsRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, ListServiceDeploymentsAsync, r => r.ServiceDeployments, r => r.NextToken, (q, token) => q with { NextToken = token }, ct);

    public Task<DescribeServiceDeploymentsResponse> DescribeServiceDeploymentsAsync(DescribeServiceDeploymentsRequest request, CancellationToken ct = default) =>
        Call("DescribeServiceDeployments", request, Json.DescribeServiceDeploymentsRequest, Json.DescribeServiceDeploymentsResponse, ct);

    public Task<StopServiceDeploymentResponse> StopServiceDeploymentAsync(StopServiceDeploymentRequest request, CancellationToken ct = default) =>
        Call("StopServiceDeployment", request, Json.StopServiceDeploymentRequest, Json.StopServiceDeploymentResponse, ct);

    public Task<ListTasksResponse> ListTasksAsync(ListTasksRequest request, CancellationToken ct = default) =>
        Call("ListTasks", request, Json.ListTasksRequest, Json.ListTasksResponse, ct);

    public IAsyncEnumerable<string> ListAllTasksAsync(ListTasksRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, ListTasksAsync, r => r.TaskArns, r => r.NextToken, (q, token) => q with { NextToken = token }, ct);

    public Task<DescribeTasksResponse> DescribeTasksAsync(DescribeTasksRequest request, CancellationToken ct = default) =>
        Call("DescribeTasks", request, Json.DescribeTasksRequest, Json.DescribeTasksResponse, ct);

    public Task TagResourceAsync(TagResourceRequest request, CancellationToken ct = default) =>
        Call("TagResource", request, Json.TagResourceRequest, Json.JsonElement, ct);

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken ct = default) =>
        Call("ListTagsForResource", request, Json.ListTagsForResourceRequest, Json.ListTagsForResourceResponse, ct);

    Task<TResponse> Call<TRequest, TResponse>(
        string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken ct) =>
        protocol.InvokeAsync(operation, request, requestType, responseType, ct);
}
