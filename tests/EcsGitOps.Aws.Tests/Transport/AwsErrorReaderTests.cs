using System.Text;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.Tests.Transport;

public sealed class AwsErrorReaderTests
{
    static AwsServiceException Read(
        int status, string body, string? contentType = "application/json", string? requestId = null, string? errorType = null, string? queryError = null) =>
        AwsErrorReader.Read(AwsServiceCatalog.Ecs, "UpdateService", new AwsResponse(status, Encoding.UTF8.GetBytes(body), contentType, requestId, errorType, queryError));

    [Fact]
    public void A_namespaced_type_in_a_JSON_body_becomes_the_bare_error_code()
    {
        var error = Read(400, """{"__type":"com.amazonaws.ecs#ClusterNotFoundException","message":"Cluster not found."}""", requestId: "r-1");

        Assert.Equal("ECS UpdateService failed: ClusterNotFoundException: Cluster not found. (request id r-1)", error.Message);
    }

    [Fact]
    public void The_error_type_header_is_used_when_the_body_has_none()
    {
        var error = Read(404, """{"message":"Route not found"}""", errorType: "NotFoundException:http://internal.amazon.com/coral/com.amazonaws.appmesh/");

        Assert.Equal(("NotFoundException", "Route not found"), (error.ErrorCode, error.ServiceMessage));
    }

    [Fact]
    public void A_query_error_document_yields_code_message_and_request_id_even_labelled_text_html()
    {
        var error = Read(400, """<ErrorResponse><Error><Type>Sender</Type><Code>ValidationError</Code><Message>Stack with id x does not exist</Message></Error><RequestId>abc</RequestId></ErrorResponse>""", "text/html");

        Assert.Equal(("ValidationError", "Stack with id x does not exist", "abc"), (error.ErrorCode, error.ServiceMessage, error.RequestId));
    }

    [Fact]
    public void An_HTML_error_page_is_summarised_in_one_line_without_its_markup()
    {
        var error = Read(500, "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n", "text/html");

        Assert.Equal("InternalFailure", error.ErrorCode);
        Assert.DoesNotContain("<", error.Message);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
        Assert.Contains("500 Internal Server Error", error.Message);
    }

    [Fact]
    public void A_query_compatible_service_s_old_error_code_is_preferred()
    {
        var error = Read(404, """{"__type":"com.amazonaws.cloudwatch#ResourceNotFoundException","message":"Alarm web-5xx not found"}""", queryError: "ResourceNotFound;Sender");

        Assert.Equal("ResourceNotFound", error.ErrorCode);
    }

    [Fact]
    public void An_empty_503_is_a_service_unavailable_error() =>
        Assert.Equal("ServiceUnavailable", Read(503, "", null).ErrorCode);
}
