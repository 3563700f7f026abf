using System.Text;
using System.Text.Json.Nodes;
using Research.Notebooks.Display;

namespace Research.Notebooks.Running;

/// <summary>
/// Collects one cell's outputs in the order they happen: console text as stream outputs (consecutive writes merged),
/// displayed values, the result, an error. The console writers the runner installs write here.
/// </summary>
internal sealed class CellSink(NotebookPage page)
{
    private readonly StringBuilder _pending = new();
    private string _pendingStream = "stdout";
    private readonly Lock _gate = new();

    public JsonArray Outputs { get; } = [];

    public void Write(string stream, string text)
    {
        lock (_gate)
        {
            if (_pending.Length > 0 && _pendingStream != stream)
            {
                FlushLocked();
            }
            _pendingStream = stream;
            _pending.Append(text);
        }
    }

    public void Display(object? value) => Add("display_data", value is null ? ValueFormatter.Plain("<null>") : ValueFormatter.Format(value, page), null);

    public void Result(object value, int executionCount) => Add("execute_result", ValueFormatter.Format(value, page), executionCount);

    public void Error(string name, string message, IReadOnlyList<string> traceback)
    {
        lock (_gate)
        {
            FlushLocked();
            Outputs.Add(new JsonObject
            {
                ["output_type"] = "error",
                ["ename"] = name,
                ["evalue"] = message,
                ["traceback"] = new JsonArray([.. traceback.Select(t => (JsonNode)JsonValue.Create(t))]),
            });
        }
    }

    public void Flush()
    {
        lock (_gate)
        {
            FlushLocked();
        }
    }

    private void Add(string kind, OutputBundle bundle, int? executionCount)
    {
        var data = new JsonObject();
        foreach (var (mime, text) in bundle.Data)
        {
            data[mime] = mime == OutputBundle.PlotlyMime ? JsonNode.Parse(text)
                : mime.StartsWith("image/", StringComparison.Ordinal) ? JsonValue.Create(text)
                : Lines(text);
        }
        var output = new JsonObject { ["output_type"] = kind, ["data"] = data, ["metadata"] = new JsonObject() };
        if (executionCount is { } count)
        {
            output["execution_count"] = count;
        }
        lock (_gate)
        {
            FlushLocked();
            Outputs.Add(output);
        }
    }

    private void FlushLocked()
    {
        if (_pending.Length == 0)
        {
            return;
        }
        Outputs.Add(new JsonObject { ["output_type"] = "stream", ["name"] = _pendingStream, ["text"] = Lines(_pending.ToString()) });
        _pending.Clear();
    }

    // Jupyter stores multi-line text as a list of lines; base64 PNG stays one string.
    private static JsonNode Lines(string text) => Documents.NotebookCell.SourceLines(text);
}
