namespace Research.Notebooks.Running;

/// <summary>What <see cref="NotebookRunner"/> runs and where it writes.</summary>
/// <param name="NotebookPath">The notebook to run.</param>
/// <param name="OutputPath">Where the executed notebook goes (may equal <paramref name="NotebookPath"/>).</param>
/// <param name="HtmlPath">Where the HTML report goes; null for none.</param>
/// <param name="Parameters">Overrides of the parameters cell's defaults, by name.</param>
public sealed record NotebookRunOptions(
    string NotebookPath, string OutputPath, string? HtmlPath = null, IReadOnlyList<KeyValuePair<string, string>>? Parameters = null)
{
    /// <summary>The default output path: beside the notebook, <c>name.executed.ipynb</c>.</summary>
    public static string DefaultOutput(string notebookPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(notebookPath))!, Path.GetFileNameWithoutExtension(notebookPath) + ".executed.ipynb");
}
