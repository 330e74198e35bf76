using System.Text;

namespace EcsGitOps.Build.Parameters;

internal static class NameStyle
{
    /// <summary>ImageTag -> image-tag, AWSRegion -> aws-region.</summary>
    public static string Kebab(string name) => Split(name, '-').ToLowerInvariant();

    /// <summary>ImageTag -> IMAGE_TAG.</summary>
    public static string UpperSnake(string name) => Split(name, '_').ToUpperInvariant();

    /// <summary>The form two names are compared in: no dashes or underscores, lower case.</summary>
    public static string Normalize(string name) => name.Replace("-", "").Replace("_", "").ToLowerInvariant();

    static string Split(string name, char separator)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '-' or '_') { text.Append(separator); continue; }
            var startsWord = i > 0 && char.IsUpper(c) && name[i - 1] is not ('-' or '_')
                && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord) text.Append(separator);
            text.Append(c);
        }
        return text.ToString();
    }
}
