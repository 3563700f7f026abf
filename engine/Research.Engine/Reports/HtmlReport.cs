using System.Globalization;
using System.Net;
using System.Text;
using Research.Engine.Files;

namespace Research.Engine.Reports;

/// <summary>
/// Renders a <see cref="Report"/> as one self-contained HTML file: plotly.js inlined once in the head, each chart a
/// <c>div</c> drawn from its figure JSON, tables as HTML tables, no external URL in any <c>src</c> or <c>href</c>.
/// </summary>
/// <remarks>
/// The file is about 3.6 MB of plotly.js plus the figures. Text is HTML-escaped; figure JSON is escaped for a script
/// element. Charts are 420 px high and as wide as the page; a print style sheet drops the plot toolbar and keeps charts
/// and tables whole on a page.
/// </remarks>
public static partial class HtmlReport
{
    /// <summary>The HTML text of <paramref name="report"/>.</summary>
    /// <exception cref="ArgumentException">A chart whose series are inconsistent (see <see cref="PlotlyFigures"/>).</exception>
    public static string Render(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(PlotlyJs.Script.Length + 64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(report.Title)).Append("</title>\n");
        html.Append("<style>\n").Append(StyleSheet).Append("</style>\n");
        html.Append("<script>\n").Append(PlotlyJs.Script).Append("\n</script>\n");
        html.Append("<script>\n").Append(RenderScript).Append("</script>\n");
        html.Append("</head>\n<body>\n<main>\n");
        html.Append("<h1>").Append(Encode(report.Title)).Append("</h1>\n");
        var chartNumber = 0;
        foreach (var section in report.Sections)
        {
            html.Append("<section>\n<h2>").Append(Encode(section.Heading)).Append("</h2>\n");
            AppendParagraphs(html, section.Text);
            foreach (var chart in section.Charts)
            {
                AppendChart(html, chart, ++chartNumber);
            }
            foreach (var table in section.Tables)
            {
                AppendTable(html, table);
            }
            html.Append("</section>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// Writes <paramref name="report"/> to <paramref name="path"/> (UTF-8) through a temporary file renamed over it, so a
    /// reader sees the old file or the new one, never half of one. Creates the directory if needed.
    /// </summary>
    public static void WriteAtomically(Report report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        AtomicFile.WriteAllText(full, Render(report));
    }

    private static void AppendParagraphs(StringBuilder html, string text)
    {
        var paragraphs = text.ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
        }
    }

    private static void AppendChart(StringBuilder html, ChartSpec chart, int number)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"chart-{number}");
        html.Append("<figure class=\"chart\">\n<div id=\"").Append(id).Append("\" class=\"plot\" role=\"img\" aria-label=\"")
            .Append(Encode(chart.Title)).Append("\"></div>\n");
        html.Append("<script>renderFigure(\"").Append(id).Append("\", ")
            .Append(ForScript(PlotlyFigures.ToFigureJson(chart))).Append(");</script>\n</figure>\n");
    }

    private static void AppendTable(StringBuilder html, ReportTable table)
    {
        html.Append("<table>\n<caption>").Append(Encode(table.Title)).Append("</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th>").Append(Encode(column)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < Math.Max(row.Count, table.Columns.Count); i++)
            {
                var cell = i < row.Count ? row[i] : "";
                html.Append(IsNumber(cell) ? "<td class=\"num\">" : "<td>").Append(Encode(cell)).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    // JSON is a JavaScript expression; '<', '>' and '&' occur in it only inside strings, where their \u escapes mean the
    // same, so no text (a series named "</script>") can end the script element or open a comment.
    private static string ForScript(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace(">", "\\u003e", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);

    private static bool IsNumber(string cell)
    {
        var trimmed = cell.Trim().TrimEnd('%', 'x', '×').Trim();
        return trimmed.Length > 0 && double.TryParse(trimmed, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _);
    }
}
