using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EcsGitOps.Aws.Transport;

/// <summary>Reads a successful JSON body; an empty body is an empty object, an unreadable one a MalformedResponse error.</summary>
internal static class AwsJson
{
    public static T Read<T>(AwsServiceInfo service, string operation, AwsResponse response, JsonTypeInfo<T> type)
    {
        try
        {
            var body = response.Body.AsSpan().Trim(" \t\r\n"u8);
            return (body.IsEmpty ? JsonSerializer.Deserialize("{}"u8, type) : JsonSerializer.Deserialize(body, type))
                ?? throw new JsonException("the body is null");
        }
        catch (JsonException e)
        {
            throw AwsErrorReader.Malformed(service, operation, response, e);
        }
    }
}
