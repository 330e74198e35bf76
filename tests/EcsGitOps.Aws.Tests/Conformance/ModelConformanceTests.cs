using System.Text.Json;
using System.Text.Json.Nodes;
using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.Conformance;

/// <summary>
/// Each implemented operation, called with a request filled from the model, is captured on the wire by a local server and
/// checked against botocore's service-2.json; the response records are checked against the output shapes.
/// </summary>
public sealed class ModelConformanceTests
{
    public static TheoryData<string> Operations => OperationCatalog.Names();

    [BotocoreTheory]
    [MemberData(nameof(Operations))]
    public async Task A_fully_populated_request_matches_the_model_input_shape_on_the_wire(string operation) =>
        Assert.Empty(await SendAndValidateAsync(OperationCatalog.Find(operation), requiredOnly: false));

    [BotocoreTheory]
    [MemberData(nameof(Operations))]
    public async Task The_members_the_model_requires_are_required_by_the_request_record(string operation) =>
        Assert.Empty(await SendAndValidateAsync(OperationCatalog.Find(operation), requiredOnly: true));

    [BotocoreTheory]
    [MemberData(nameof(Operations))]
    public void The_response_record_names_only_members_of_the_model_output_shape(string operation)
    {
        var @case = OperationCatalog.Find(operation);
        var model = Botocore.Model(@case.Service, @case.Version);
        var output = model.OutputShape(@case.Operation);
        var problems = new List<string>();

        if (@case.Response is null)
            Assert.True(output is null || !ServiceModel.Members(model.Shape(output)).Any(), $"{operation} answers {output}, which the client drops");
        else
            new ResponseShapeValidator(model, problems).Validate(@case.Response, output!, @case.Operation);

        Assert.Empty(problems);
    }

    static async Task<List<string>> SendAndValidateAsync(OperationCase @case, bool requiredOnly)
    {
        var model = Botocore.Model(@case.Service, @case.Version);
        var input = model.InputShape(@case.Operation)!;
        var problems = new List<string>();
        var populated = new RequestPopulator(model, problems).Populate(@case.Request, input, requiredOnly);
        var request = populated.Deserialize(@case.Request)!;

        using var server = new ReplayServer();
        server.Reply(200, EmptyAnswer(model, @case.Operation), model.Protocol is "query" or "ec2" ? "text/xml" : "application/json");
        using (var aws = new AwsClients(server.Options()))
            await @case.Invoke(aws, request);

        var sent = Assert.Single(server.Requests);
        var validator = new WireValidator(model, problems);
        switch (model.Protocol)
        {
            case "json":
                Assert.Equal($"{model.TargetPrefix}.{@case.Operation}", sent.Target);
                validator.Validate(JsonDocument.Parse(sent.Body).RootElement, input, @case.Operation, stringScalars: false);
                break;
            // EC2's protocol sends requests as the query protocol does (member names capitalised).
            case "query" or "ec2":
                var (fields, members) = QueryForm.Parse(sent.Body);
                Assert.Equal((@case.Operation, model.ApiVersion), (fields["Action"], fields["Version"]));
                validator.Validate(members, input, @case.Operation, stringScalars: true);
                break;
            case "rest-json":
                ValidateRestJson(model, @case.Operation, input, populated.AsObject(), sent, validator, problems);
                break;
            default:
                problems.Add($"protocol {model.Protocol} has no transport");
                break;
        }
        return problems;
    }

    static void ValidateRestJson(ServiceModel model, string operation, string input, JsonObject populated, RecordedRequest sent, WireValidator validator, List<string> problems)
    {
        var http = model.Operation(operation).GetProperty("http");
        Assert.Equal(http.GetProperty("method").GetString(), sent.Method);
        var located = ServiceModel.Members(model.Shape(input)).Where(m => ServiceModel.Location(m.Member) is not null).ToList();
        var path = http.GetProperty("requestUri").GetString()!;
        var query = new List<string>();
        foreach (var (name, member) in located)
        {
            var value = populated[name]?.GetValue<string>();
            if (ServiceModel.Location(member) == "uri")
                path = path.Replace($"{{{ServiceModel.LocationName(name, member)}}}", Uri.EscapeDataString(value ?? ""));
            else if (ServiceModel.Location(member) == "querystring" && value is not null)
                query.Add($"{ServiceModel.LocationName(name, member)}={Uri.EscapeDataString(value)}");
        }
        Assert.Equal(query.Count == 0 ? path : $"{path}?{string.Join('&', query)}", sent.PathAndQuery);
        var body = string.IsNullOrEmpty(sent.Body) ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(sent.Body).RootElement;
        validator.Validate(body, input, operation, stringScalars: false, located.Select(m => m.Name).ToHashSet());
        if (located.Any(m => ServiceModel.RequiredMembers(model.Shape(input)).Contains(m.Name) && populated[m.Name] is null))
            problems.Add($"{operation}: a required path member was not set");
    }

    static string EmptyAnswer(ServiceModel model, string operation) => model.Protocol switch
    {
        "query" => $"<{operation}Response><{operation}Result/><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></{operation}Response>",
        "ec2" => $"<{operation}Response><requestId>r-1</requestId><return>true</return></{operation}Response>",
        _ => "{}",
    };
}
