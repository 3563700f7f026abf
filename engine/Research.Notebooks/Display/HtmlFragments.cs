using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Analysis;
using Research.Engine.Imaging;
using Research.Engine.Reports;

namespace Research.Notebooks.Display;

/// <summary>
/// The HTML of what notebooks show: charts of the one chart model drawn by plotly.js from their figure JSON,
/// DataFrames and report tables as HTML tables, images as inline PNG. No fragment names an external URL.
/// </summary>
public static class HtmlFragments
{
    /// <summary>Rows of a DataFrame shown at most; the rest are counted under the table.</summary>
    public const int MaxRows = 200;

    /// <summary>The inline script element that defines plotly.js; a page needs it once, before its first chart.</summary>
    public static string PlotlyScript => $"<script type=\"text/javascript\">{PlotlyJs.Script}</script>\n";

    /// <summary>A chart: a div and the script that draws <paramref name="figureJson"/> into it with plotly.js (which must be loaded).</summary>
    /// <param name="figureJson">Figure JSON as <see cref="PlotlyFigures.ToFigureJson"/> writes it.</param>
    /// <param name="id">The div's id, unique within the page.</param>
    /// <param name="title">Accessible label of the plot.</param>
    public static string Chart(string figureJson, string id, string title)
    {
        var html = new StringBuilder(figureJson.Length + 400);
        html.Append("<div id=\"").Append(id).Append("\" class=\"research-plot\" role=\"img\" aria-label=\"").Append(Encode(title))
            .Append("\" style=\"width:100%;height:420px\"></div>\n<script type=\"text/javascript\">(function () { var figure = ")
            .Append(ForScript(figureJson))
            .Append("; Plotly.newPlot(\"").Append(id).Append("\", figure.data, figure.layout, { responsive: true, displaylogo: false }); })();</script>\n");
        return html.ToString();
    }

    /// <summary>A DataFrame as an HTML table: column names with their types, numbers right-aligned, at most <see cref="MaxRows"/> rows.</summary>
    public static string Table(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var html = new StringBuilder();
        html.Append("<table class=\"research-table\">\n<thead><tr>");
        foreach (var column in frame.Columns)
        {
            html.Append("<th title=\"").Append(Encode(column.DataType.Name)).Append("\">").Append(Encode(column.Name)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        var rows = Math.Min(frame.Rows.Count, MaxRows);
        for (var r = 0; r < rows; r++)
        {
            html.Append("<tr>");
            foreach (var column in frame.Columns)
            {
                var value = column[r];
                var numeric = value is double or float or int or long or decimal or short or byte;
                html.Append(numeric ? "<td style=\"text-align:right\">" : "<td>").Append(Encode(Text(value))).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (frame.Rows.Count > rows)
        {
            html.Append("<p>").Append((frame.Rows.Count - rows).ToString(CultureInfo.InvariantCulture)).Append(" more rows</p>\n");
        }
        return html.ToString();
    }

    /// <summary>A report table as an HTML table with its caption.</summary>
    public static string Table(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var html = new StringBuilder("<table class=\"research-table\">\n<caption>").Append(Encode(table.Title)).Append("</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th>").Append(Encode(column)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                html.Append("<td>").Append(Encode(i < row.Count ? row[i] : "")).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        return html.Append("</tbody>\n</table>\n").ToString();
    }

    /// <summary>An image as an inline PNG, drawn pixel for pixel (scaled up without smoothing when small).</summary>
    public static string Image(RgbImage image, int scale = 1) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<img alt=\"image {image.Width}x{image.Height}\" style=\"image-rendering:pixelated\" width=\"{image.Width * scale}\" height=\"{image.Height * scale}\" src=\"data:image/png;base64,{Convert.ToBase64String(Png(image))}\" />\n");

    /// <summary>The PNG file of <paramref name="image"/>.</summary>
    public static byte[] Png(RgbImage image) => PngEncoder.Encode(image.Rgb, image.Width, image.Height);

    /// <summary>Escapes text for HTML.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A cell value as invariant text; NaN and missing as empty.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        double d => double.IsNaN(d) ? "" : d.ToString("0.####", CultureInfo.InvariantCulture),
        float f => float.IsNaN(f) ? "" : f.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // JSON is a JavaScript expression; '<', '>' and '&' occur in it only inside strings, where their \u escapes mean the same.
    private static string ForScript(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace(">", "\\u003e", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);
}
