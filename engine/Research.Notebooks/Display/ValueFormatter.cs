using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;
using Research.Engine.Imaging;
using Research.Engine.Reports;

namespace Research.Notebooks.Display;

/// <summary>
/// Turns a cell's value into its notebook representations: charts (the one chart model, or a Plotly.NET chart) as HTML
/// drawn by plotly.js plus their figure JSON, DataFrames and report tables as HTML tables, images as PNG, strings as
/// text; anything else as <c>Microsoft.DotNet.Interactive.Formatting</c> formats it, as the .NET Interactive kernel does.
/// </summary>
public static class ValueFormatter
{
    /// <summary>The representations of <paramref name="value"/> within <paramref name="page"/>.</summary>
    public static OutputBundle Format(object value, NotebookPage page)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(page);
        return value switch
        {
            string text => Plain(text),
            ChartSpec chart => Chart(PlotlyFigures.ToFigureJson(chart), chart.Title, Describe(chart), page),
            GenericChart chart => Chart(GenericChart.toFigureJson(chart), "chart", "Plotly.NET chart", page),
            DataFrame frame => new OutputBundle(new Dictionary<string, string>
            {
                ["text/html"] = HtmlFragments.Table(frame),
                ["text/plain"] = frame.ToString(),
            }),
            ReportTable table => new OutputBundle(new Dictionary<string, string>
            {
                ["text/html"] = HtmlFragments.Table(table),
                ["text/plain"] = $"{table.Title}: {table.Rows.Count} rows of {string.Join(", ", table.Columns)}",
            }),
            RgbImage image => new OutputBundle(new Dictionary<string, string>
            {
                ["image/png"] = Convert.ToBase64String(HtmlFragments.Png(image)),
                ["text/plain"] = string.Create(CultureInfo.InvariantCulture, $"image {image.Width}x{image.Height}"),
            }),
            Report report => new OutputBundle(new Dictionary<string, string>
            {
                ["text/html"] = ReportHtml(report, page),
                ["text/plain"] = MarkdownReport.Render(report),
            }),
            _ => Kernel(value),
        };
    }

    /// <summary>A plain-text output.</summary>
    public static OutputBundle Plain(string text) => new(new Dictionary<string, string> { ["text/plain"] = text });

    /// <summary>What a chart holds, in words: its title and series names.</summary>
    public static string Describe(ChartSpec chart) => chart switch
    {
        LineChart line => $"{line.Title}: {string.Join(", ", line.Series.Select(s => s.Name))}",
        ScatterChart scatter => $"{scatter.Title}: {string.Join(", ", scatter.Series.Select(s => s.Name))}",
        _ => chart.Title,
    };

    private static OutputBundle Chart(string figureJson, string title, string plain, NotebookPage page) => new(new Dictionary<string, string>
    {
        ["text/html"] = page.PlotlyOnce() + HtmlFragments.Chart(figureJson, page.NextChartId(), title),
        [OutputBundle.PlotlyMime] = figureJson,
        ["text/plain"] = plain,
    });

    private static string ReportHtml(Report report, NotebookPage page)
    {
        var html = new StringBuilder("<div class=\"research-report\">\n<h2>").Append(HtmlFragments.Encode(report.Title)).Append("</h2>\n");
        foreach (var section in report.Sections)
        {
            html.Append("<h3>").Append(HtmlFragments.Encode(section.Heading)).Append("</h3>\n");
            foreach (var paragraph in section.Text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                html.Append("<p>").Append(HtmlFragments.Encode(paragraph)).Append("</p>\n");
            }
            foreach (var chart in section.Charts)
            {
                html.Append(page.PlotlyOnce()).Append(HtmlFragments.Chart(PlotlyFigures.ToFigureJson(chart), page.NextChartId(), chart.Title));
            }
            foreach (var table in section.Tables)
            {
                html.Append(HtmlFragments.Table(table));
            }
        }
        return html.Append("</div>\n").ToString();
    }

    private static OutputBundle Kernel(object value)
    {
        // The kernel's formatter gives lists and records their tables; a formatter that throws must not fail the cell.
        var data = new Dictionary<string, string>();
        try
        {
            data["text/plain"] = value.ToDisplayString(PlainTextFormatter.MimeType);
            data["text/html"] = value.ToDisplayString(HtmlFormatter.MimeType);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            data.Remove("text/html");
            data["text/plain"] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }
        return new OutputBundle(data);
    }
}
