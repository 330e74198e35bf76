using System.Net;
using System.Text.RegularExpressions;

namespace EcsGitOps.Delivery.Images;

/// <summary>
/// An HTTP error body shown in one short line: an HTML page (a proxy's or a web server's) by its title, anything else
/// by its first line, cut at <see cref="MaxLength"/> characters.
/// </summary>
internal static partial class ResponseBody
{
    public const int MaxLength = 120;

    public static string Summary(string body)
    {
        var text = body.Trim();
        if (Title().Match(text) is { Success: true } title)
            text = WebUtility.HtmlDecode(title.Groups["title"].Value);
        else if (text.StartsWith('<'))
            text = Tags().Replace(text, " ");
        text = Spaces().Replace(text.ReplaceLineEndings(" "), " ").Trim();
        return text.Length <= MaxLength ? text : text[..MaxLength] + "...";
    }

    /// <summary>The reason phrase of a status code: 405 "Method Not Allowed".</summary>
    public static string ReasonPhrase(int status) =>
        Enum.IsDefined((HttpStatusCode)status) ? Words().Replace(((HttpStatusCode)status).ToString(), " $1") : "";

    [GeneratedRegex(@"<title[^>]*>(?<title>[^<]*)</title>", RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<!^)(?<=[a-z])([A-Z])")]
    private static partial Regex Words();
}
