using System.Net;
using Docker.DotNet;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Registry;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>
/// The engine's message for a failed push, as docker 20.10 words it, turned into one line saying what happened. The
/// engine reports a registry answer that is not the registry API's JSON as "error parsing HTTP ... response body".
/// </summary>
public sealed class PushFailureTests
{
    static readonly RegistryLogin Open = new("127.0.0.1:5000", null);

    static string Failure(string engineMessage, RegistryLogin? login = null) =>
        PushFailure.From(login ?? Open, "ecsgitops/sample-api", "1.0.0-abc1234", engineMessage).Message;

    [Fact]
    public void A_405_answer_says_the_registry_refused_the_push_method_and_what_to_check()
    {
        var message = Failure("error parsing HTTP 405 response body: invalid character 'M' looking for beginning of value: \"Method Not Allowed\\n\"");

        Assert.Equal("The registry at 127.0.0.1:5000 answered HTTP 405 Method Not Allowed to the push of ecsgitops/sample-api:1.0.0-abc1234 "
            + "(\"Method Not Allowed\", not the registry API's JSON): is it a registry (v2 API) and does it accept pushes? "
            + "Check the registry endpoint, or the proxy in front of it.", message);
    }

    [Fact]
    public void An_html_error_page_is_shown_by_its_title()
    {
        var message = Failure("error parsing HTTP 404 response body: invalid character '<' looking for beginning of value: "
            + "\"<html>\\r\\n<head><title>404 Not Found</title></head>\\r\\n<body>\\r\\n<center><h1>404 Not Found</h1></center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n\"");

        Assert.StartsWith("The registry at 127.0.0.1:5000 answered HTTP 404 Not Found to the push of ecsgitops/sample-api:1.0.0-abc1234 (\"404 Not Found\", ", message);
        Assert.DoesNotContain("<", message);
    }

    [Fact]
    public void An_empty_answer_says_so()
    {
        var message = Failure("error parsing HTTP 502 response body: unexpected end of JSON input: \"\"");

        Assert.StartsWith("The registry at 127.0.0.1:5000 answered HTTP 502 Bad Gateway to the push of ecsgitops/sample-api:1.0.0-abc1234 (an empty body, ", message);
    }

    [Fact]
    public void A_403_page_from_a_proxy_is_a_refusal_that_asks_for_credentials()
    {
        var message = Failure("error parsing HTTP 403 response body: invalid character '<' looking for beginning of value: "
            + "\"<html><body><h1>403 Forbidden</h1>\\nRequest forbidden by administrative rules.\\n</body></html>\\n\\n\"");

        Assert.Equal("Registry 127.0.0.1:5000 refused the push (no credentials given) for 127.0.0.1:5000/ecsgitops/sample-api:1.0.0-abc1234: "
            + "HTTP 403 Forbidden (\"403 Forbidden Request forbidden by administrative rules.\"): give the registry's credentials.", message);
    }

    [Fact]
    public void Other_engine_messages_keep_their_words_on_one_line()
    {
        var message = Failure("Get \"http://127.0.0.1:5000/v2/\": dial tcp 127.0.0.1:5000: connect: connection refused\n");

        Assert.Equal("Push of 127.0.0.1:5000/ecsgitops/sample-api:1.0.0-abc1234 failed: Get \"http://127.0.0.1:5000/v2/\": dial tcp 127.0.0.1:5000: "
            + "connect: connection refused: check the registry and the engine log.", message);
    }

    [Fact]
    public void A_password_the_registry_echoes_is_scrubbed()
    {
        var login = new RegistryLogin("127.0.0.1:5000", new RegistryCredentials("ci", "s3cret-password"));

        var message = Failure("error parsing HTTP 500 response body: invalid character 'b' looking for beginning of value: \"bad password s3cret-password\"", login);

        Assert.DoesNotContain("s3cret-password", message);
    }

    [Fact]
    public void An_engine_error_body_that_is_not_json_is_shown_by_status_and_gist()
    {
        var error = new DockerApiException(HttpStatusCode.BadGateway, "<html><head><title>502 Bad Gateway</title></head><body>...</body></html>");

        Assert.Equal("HTTP 502 Bad Gateway: 502 Bad Gateway", error.ApiMessage());
    }
}
