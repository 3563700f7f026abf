using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Research.Notebooks.Tests;

/// <summary>An executed notebook's outputs, read back from the file for assertions.</summary>
internal sealed partial class ExecutedNotebook(JsonObject root)
{
    public static ExecutedNotebook Load(string path) => new((JsonObject)JsonNode.Parse(File.ReadAllText(path))!);

    public IReadOnlyList<JsonObject> Cells => [.. ((JsonArray)root["cells"]!).OfType<JsonObject>()];

    public IEnumerable<JsonObject> Outputs => Cells.SelectMany(c => (c["outputs"] as JsonArray ?? []).OfType<JsonObject>());

    public IEnumerable<JsonObject> Errors => Outputs.Where(o => (string?)o["output_type"] == "error");

    /// <summary>Every chart's figure (its plotly JSON).</summary>
    public IReadOnlyList<JsonObject> Figures => [.. Outputs.Select(o => o["data"]?["application/vnd.plotly.v1+json"]).OfType<JsonObject>()];

    /// <summary>The figure whose title contains <paramref name="title"/>.</summary>
    public JsonObject Figure(string title) =>
        Figures.FirstOrDefault(f => Title(f).Contains(title, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No chart titled '{title}'; charts: {string.Join(" | ", Figures.Select(Title))}");

    public static IReadOnlyList<string> TraceNames(JsonObject figure) =>
        [.. ((JsonArray)figure["data"]!).OfType<JsonObject>().Select(t => (string?)t["name"] ?? "")];

    public static IReadOnlyList<double> TraceY(JsonObject figure, string name) =>
        [.. ((JsonArray)((JsonArray)figure["data"]!).OfType<JsonObject>().First(t => (string?)t["name"] == name)["y"]!).Select(v => v?.GetValue<double>() ?? double.NaN)];

    /// <summary>Every HTML table (DataFrames and report tables): header and rows of cell text.</summary>
    public IReadOnlyList<HtmlTable> Tables => [.. Outputs
        .Select(o => o["data"]?["text/html"])
        .OfType<JsonNode>()
        .Select(Text)
        .SelectMany(html => TableRegex().Matches(html).Select(m => HtmlTable.Parse(m.Value)))];

    public HtmlTable Table(string column) =>
        Tables.FirstOrDefault(t => t.Columns.Contains(column))
        ?? throw new Xunit.Sdk.XunitException($"No table with a column '{column}'; tables: {string.Join(" | ", Tables.Select(t => string.Join(",", t.Columns)))}");

    public IEnumerable<string> MimeTypes => Outputs.SelectMany(o => (o["data"] as JsonObject)?.Select(p => p.Key) ?? []);

    public string Stdout => string.Concat(Outputs.Where(o => (string?)o["output_type"] == "stream").Select(o => Text(o["text"]!)));

    public static string Text(JsonNode node) => node is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)node ?? "";

    private static string Title(JsonObject figure) => (string?)figure["layout"]?["title"]?["text"] ?? "";

    [GeneratedRegex("<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TableRegex();
}

/// <summary>A parsed HTML table.</summary>
internal sealed partial record HtmlTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static HtmlTable Parse(string html)
    {
        var columns = HeaderRegex().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var rows = RowRegex().Matches(html)
            .Select(m => (IReadOnlyList<string>)[.. CellRegex().Matches(m.Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value))])
            .Where(r => r.Count > 0)
            .ToList();
        return new HtmlTable(columns, rows);
    }

    public IReadOnlyList<string> Column(string name)
    {
        var index = Columns.ToList().IndexOf(name);
        return index < 0 ? throw new Xunit.Sdk.XunitException($"No column '{name}' in {string.Join(",", Columns)}") : [.. Rows.Select(r => r[index])];
    }

    public IReadOnlyList<double> Numbers(string name) =>
        [.. Column(name).Select(v => v.Length == 0 ? double.NaN : double.Parse(v, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"<th(?:\s[^>]*)?>(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex HeaderRegex();

    [GeneratedRegex("<tr>(?:(?!</tr>).)*<td.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowRegex();

    [GeneratedRegex(@"<td(?:\s[^>]*)?>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellRegex();
}
