using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Research.Notebooks.Display;

/// <summary>
/// The little markdown notebooks use, as HTML: headings, paragraphs, bullet lists, <c>code</c>, <b>bold</b>. Anything
/// else is shown as escaped text; links become their text (a report opened offline has nothing to follow).
/// </summary>
internal static partial class Markdown
{
    public static string ToHtml(string markdown)
    {
        var html = new StringBuilder();
        var paragraph = new List<string>();
        var inList = false;
        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                html.Append("<p>").Append(Inline(string.Join(' ', paragraph))).Append("</p>\n");
                paragraph.Clear();
            }
        }
        void EndList()
        {
            if (inList)
            {
                html.Append("</ul>\n");
                inList = false;
            }
        }
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            var heading = Heading().Match(line);
            if (heading.Success)
            {
                EndParagraph();
                EndList();
                var level = heading.Groups[1].Value.Length;
                html.Append("<h").Append(level).Append('>').Append(Inline(heading.Groups[2].Value)).Append("</h").Append(level).Append(">\n");
            }
            else if (line.TrimStart().StartsWith("- ", StringComparison.Ordinal) || line.TrimStart().StartsWith("* ", StringComparison.Ordinal))
            {
                EndParagraph();
                if (!inList)
                {
                    html.Append("<ul>\n");
                    inList = true;
                }
                html.Append("<li>").Append(Inline(line.TrimStart()[2..])).Append("</li>\n");
            }
            else if (line.Length == 0)
            {
                EndParagraph();
                EndList();
            }
            else
            {
                EndList();
                paragraph.Add(line);
            }
        }
        EndParagraph();
        EndList();
        return html.ToString();
    }

    private static string Inline(string text)
    {
        var encoded = WebUtility.HtmlEncode(Link().Replace(text, "$1"));
        encoded = Code().Replace(encoded, "<code>$1</code>");
        return Bold().Replace(encoded, "<b>$1</b>");
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex Bold();
}
