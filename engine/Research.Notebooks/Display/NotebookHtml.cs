using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Research.Notebooks.Documents;
using Research.Notebooks.Running;

namespace Research.Notebooks.Display;

/// <summary>
/// An executed notebook as one self-contained HTML page that opens offline: plotly.js inlined once in the head, each
/// cell's source and outputs (HTML, PNG, text, errors) in order, markdown cells as simple HTML, no external URL.
/// </summary>
public static class NotebookHtml
{
    private const string Style = """
        body { margin: 0; color: #1a1a1a; background: #fff; line-height: 1.5; font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
        main { max-width: 1000px; margin: 0 auto; padding: 24px; }
        pre { background: #f6f8fa; padding: .6rem; overflow-x: auto; font-size: .85rem; }
        pre.source { border-left: 3px solid #4c78a8; }
        pre.error { background: #fdecea; color: #8a1c1c; }
        .cell-label { color: #888; font-size: .75rem; margin-top: 1.2rem; }
        table { border-collapse: collapse; margin: .8rem 0; font-size: .85rem; font-variant-numeric: tabular-nums; }
        th, td { border: 1px solid #ccc; padding: .2rem .5rem; }
        th { background: #f3f3f3; }
        .failure { border: 2px solid #c62828; padding: .5rem; }

        """;

    /// <summary>The HTML text of <paramref name="notebook"/> after a run; <paramref name="failure"/> is shown at the top.</summary>
    public static string Render(NotebookDocument notebook, string title, CellFailure? failure)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(title)).Append("</title>\n");
        html.Append("<style>\n").Append(Style).Append("</style>\n").Append(HtmlFragments.PlotlyScript).Append("</head>\n<body>\n<main>\n");
        if (failure is not null)
        {
            html.Append("<p class=\"failure\">The run stopped at ").Append(Encode(failure.ToString())).Append("</p>\n");
        }
        foreach (var cell in notebook.Cells)
        {
            if (cell.Kind == "markdown")
            {
                html.Append(Markdown.ToHtml(cell.Source));
                continue;
            }
            if (!cell.IsCode)
            {
                continue;
            }
            html.Append("<div class=\"cell-label\">cell ").Append(cell.Number).Append("</div>\n<pre class=\"source\"><code>").Append(Encode(cell.Source)).Append("</code></pre>\n");
            foreach (var output in cell.Outputs.OfType<JsonObject>())
            {
                AppendOutput(html, output);
            }
        }
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void AppendOutput(StringBuilder html, JsonObject output)
    {
        switch (output["output_type"]?.GetValue<string>())
        {
            case "stream":
                html.Append("<pre class=\"").Append(output["name"]?.GetValue<string>() == "stderr" ? "error" : "stream").Append("\">")
                    .Append(Encode(Text(output["text"]))).Append("</pre>\n");
                break;
            case "error":
                html.Append("<pre class=\"error\">").Append(Encode(string.Join('\n', ((output["traceback"] as JsonArray) ?? []).Select(t => t?.GetValue<string>())))).Append("</pre>\n");
                break;
            default:
                var data = output["data"] as JsonObject;
                if (data?["text/html"] is { } page)
                {
                    // The head already defines plotly.js: drop the copy the first chart output carries.
                    html.Append(Text(page).Replace(HtmlFragments.PlotlyScript, "", StringComparison.Ordinal));
                }
                else if (data?["image/png"] is { } png)
                {
                    html.Append("<img alt=\"output image\" style=\"image-rendering:pixelated\" src=\"data:image/png;base64,").Append(Text(png)).Append("\" />\n");
                }
                else if (data?["text/plain"] is { } plain)
                {
                    html.Append("<pre>").Append(Encode(Text(plain))).Append("</pre>\n");
                }
                break;
        }
    }

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>())),
        JsonValue value => value.GetValue<string>(),
        _ => "",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
