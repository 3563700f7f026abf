using System.Text.Json.Nodes;

namespace Research.Notebooks.Documents;

/// <summary>One cell of a <see cref="NotebookDocument"/>, a view over its JSON.</summary>
public sealed class NotebookCell
{
    internal NotebookCell(JsonObject json, int number)
    {
        Json = json;
        Number = number;
    }

    /// <summary>The cell's number, 1 for the first cell of the notebook (markdown cells count).</summary>
    public int Number { get; }

    /// <summary>"code", "markdown" or "raw".</summary>
    public string Kind => Json["cell_type"]?.GetValue<string>() ?? "";

    /// <summary>True for a code cell.</summary>
    public bool IsCode => Kind == "code";

    /// <summary>The cell's text (the source lines joined).</summary>
    public string Source => Json["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        JsonValue text => text.GetValue<string>(),
        _ => "",
    };

    /// <summary>The cell's tags (metadata.tags), for example "parameters".</summary>
    public IReadOnlyList<string> Tags =>
        Json["metadata"]?["tags"] is JsonArray tags ? [.. tags.Select(t => t?.GetValue<string>() ?? "")] : [];

    /// <summary>The Polyglot kernel the cell names (metadata.polyglot_notebook.kernelName), or null when it names none.</summary>
    public string? KernelName => Json["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>();

    /// <summary>The cell's outputs; empty for a markdown cell.</summary>
    public JsonArray Outputs => Json["outputs"] as JsonArray ?? (JsonArray)(Json["outputs"] = new JsonArray());

    internal JsonObject Json { get; }

    /// <summary>Clears the outputs and the execution count.</summary>
    public void Clear()
    {
        if (!IsCode)
        {
            return;
        }
        Json["outputs"] = new JsonArray();
        Json["execution_count"] = null;
    }

    /// <summary>Sets the execution count Jupyter shows beside the cell.</summary>
    public void SetExecutionCount(int count) => Json["execution_count"] = count;

    /// <summary>Jupyter's source form: lines, each but the last keeping its newline.</summary>
    internal static JsonArray SourceLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var stop = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..stop]);
            start = stop;
        }
        return lines;
    }
}
