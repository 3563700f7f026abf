using System.Text.Json.Nodes;

namespace Research.Notebooks.Tests;

/// <summary>Writes small notebooks for runner tests: each string a code cell, or a (source, tag) pair for a tagged one.</summary>
internal static class TestNotebook
{
    public static string Write(string directory, params (string Source, string? Tag)[] cells)
    {
        var array = new JsonArray();
        foreach (var (source, tag) in cells)
        {
            var metadata = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } };
            if (tag is not null)
            {
                metadata["tags"] = new JsonArray(tag);
            }
            array.Add(source.StartsWith("# ", StringComparison.Ordinal)
                ? new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = source }
                : new JsonObject { ["cell_type"] = "code", ["execution_count"] = null, ["metadata"] = metadata, ["outputs"] = new JsonArray(), ["source"] = source });
        }
        var path = Path.Combine(directory, "test.ipynb");
        File.WriteAllText(path, new JsonObject { ["cells"] = array, ["metadata"] = new JsonObject(), ["nbformat"] = 4, ["nbformat_minor"] = 5 }.ToJsonString());
        return path;
    }

    public static (string, string?) Code(string source) => (source, null);
}
