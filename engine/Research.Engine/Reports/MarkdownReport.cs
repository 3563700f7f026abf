using System.Text;

namespace Research.Engine.Reports;

/// <summary>
/// Renders a <see cref="Report"/> as markdown for terminals and CI logs: text as paragraphs, tables as markdown tables,
/// charts listed by title (their data is in the HTML report).
/// </summary>
public static class MarkdownReport
{
    /// <summary>The markdown text of <paramref name="report"/>.</summary>
    public static string Render(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append("# ").AppendLine(Inline(report.Title));
        foreach (var section in report.Sections)
        {
            text.AppendLine().Append("## ").AppendLine(Inline(section.Heading));
            if (section.Text.Trim().Length > 0)
            {
                text.AppendLine().AppendLine(section.Text.ReplaceLineEndings("\n").Trim());
            }
            if (section.Charts.Count > 0)
            {
                text.AppendLine();
                foreach (var chart in section.Charts)
                {
                    text.Append("- Chart: ").AppendLine(Describe(chart));
                }
            }
            foreach (var table in section.Tables)
            {
                AppendTable(text, table);
            }
        }
        return text.ToString();
    }

    private static string Describe(ChartSpec chart) => chart switch
    {
        LineChart line => $"{Inline(line.Title)} (lines: {Names(line.Series.Select(s => s.Name))}; {Inline(line.YTitle)} against {Inline(line.XTitle)}{Markers(line)})",
        ScatterChart scatter => $"{Inline(scatter.Title)} (points: {Names(scatter.Series.Select(s => s.Name))}; {Inline(scatter.YTitle)} against {Inline(scatter.XTitle)})",
        _ => Inline(chart.Title),
    };

    private static string Markers(LineChart line) => line.MarkerList.Count == 0
        ? ""
        : "; markers: " + string.Join(", ", line.MarkerList
            .GroupBy(m => m.Group, StringComparer.Ordinal)
            .Select(g => $"{Inline(g.Key)} ({g.Count()})"));

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(Inline));

    private static void AppendTable(StringBuilder text, ReportTable table)
    {
        text.AppendLine().Append("**").Append(Inline(table.Title)).AppendLine("**").AppendLine();
        text.Append("| ").AppendJoin(" | ", table.Columns.Select(Cell)).AppendLine(" |");
        text.Append('|').AppendJoin('|', table.Columns.Select(_ => "---")).AppendLine("|");
        foreach (var row in table.Rows)
        {
            var cells = Enumerable.Range(0, Math.Max(row.Count, table.Columns.Count))
                .Select(i => i < row.Count ? Cell(row[i]) : "");
            text.Append("| ").AppendJoin(" | ", cells).AppendLine(" |");
        }
    }

    private static string Inline(string text) => text.ReplaceLineEndings(" ").Trim();

    // A pipe would end the cell; a line break would end the row.
    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);
}
