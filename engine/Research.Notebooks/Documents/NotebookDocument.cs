using System.Text.Json.Nodes;
using System.Text.Json;
using Research.Engine.Files;

namespace Research.Notebooks.Documents;

/// <summary>
/// A Jupyter notebook (nbformat 4) held as its JSON, so fields this code does not know survive a round trip; cells are
/// read and changed through <see cref="NotebookCell"/>.
/// </summary>
public sealed class NotebookDocument
{
    private readonly JsonObject _root;

    private NotebookDocument(JsonObject root, string? path)
    {
        _root = root;
        Path = path;
        var cells = root["cells"] as JsonArray ?? throw new InvalidDataException($"{Describe(path)}: no \"cells\" array: not a Jupyter notebook.");
        Cells = [.. cells.Select((node, i) => node is JsonObject cell
            ? new NotebookCell(cell, i + 1)
            : throw new InvalidDataException($"{Describe(path)}: cell {i + 1} is not a JSON object."))];
    }

    /// <summary>The file the notebook was read from, if any.</summary>
    public string? Path { get; }

    /// <summary>The cells, in order; numbers start at 1.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; private set; }

    /// <summary>The notebook's metadata object (kernelspec, language_info, polyglot_notebook).</summary>
    public JsonObject Metadata => _root["metadata"] as JsonObject ?? (JsonObject)(_root["metadata"] = new JsonObject());

    /// <summary>Reads the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InvalidDataException">Not JSON (the message names the line), or not a notebook.</exception>
    public static NotebookDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Notebook {path} does not exist.", path);
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads a notebook from its JSON text; <paramref name="path"/> only names it in errors.</summary>
    /// <exception cref="InvalidDataException">Not JSON (the message names the line), or not a notebook.</exception>
    public static NotebookDocument Parse(string json, string? path = null)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{Describe(path)}, line {(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}", e);
        }
        if (node is not JsonObject root)
        {
            throw new InvalidDataException($"{Describe(path)}: the top level is not a JSON object: not a Jupyter notebook.");
        }
        if (root["nbformat"]?.GetValue<int>() is { } format && format != 4)
        {
            throw new InvalidDataException($"{Describe(path)}: nbformat {format}; only nbformat 4 notebooks are supported.");
        }
        return new NotebookDocument(root, path);
    }

    /// <summary>Inserts a code cell after the cell numbered <paramref name="after"/> (0: at the top) and renumbers.</summary>
    public NotebookCell InsertCodeCell(int after, string source, IReadOnlyList<string> tags)
    {
        var cell = new JsonObject
        {
            // nbformat 4.5 gives every cell an id, unique in the notebook.
            ["id"] = "inserted-" + Guid.NewGuid().ToString("N")[..8],
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new JsonObject
            {
                ["tags"] = new JsonArray([.. tags.Select(t => (JsonNode)JsonValue.Create(t))]),
                ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
            },
            ["outputs"] = new JsonArray(),
            ["source"] = NotebookCell.SourceLines(source),
        };
        ((JsonArray)_root["cells"]!).Insert(after, cell);
        Renumber();
        return Cells[after];
    }

    /// <summary>Removes <paramref name="cell"/> and renumbers.</summary>
    public void Remove(NotebookCell cell)
    {
        ((JsonArray)_root["cells"]!).Remove(cell.Json);
        Renumber();
    }

    /// <summary>The notebook as JSON text, indented by one space as Jupyter writes it, ending with a newline.</summary>
    public string ToJson()
    {
        var options = new JsonSerializerOptions { WriteIndented = true, IndentSize = 1, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return _root.ToJsonString(options) + "\n";
    }

    /// <summary>
    /// Writes the notebook to <paramref name="path"/> through a temporary file renamed over it: a reader (or a crash)
    /// sees the old file or the new one, never half of one. Creates the directory if needed.
    /// </summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson());

    private void Renumber() =>
        Cells = [.. ((JsonArray)_root["cells"]!).Select((node, i) => new NotebookCell((JsonObject)node!, i + 1))];

    private static string Describe(string? path) => path ?? "notebook";
}
