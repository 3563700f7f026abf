namespace Research.Notebooks.Running;

/// <summary>What a notebook run did.</summary>
/// <param name="OutputPath">The executed notebook written (also on failure: the cells run so far, with the error).</param>
/// <param name="HtmlPath">The HTML report written, if one was asked for.</param>
/// <param name="Failure">The failing cell, or null when every cell ran.</param>
/// <param name="CellTimes">Wall time per executed code cell, by cell number.</param>
public sealed record NotebookRunResult(string OutputPath, string? HtmlPath, CellFailure? Failure, IReadOnlyDictionary<int, TimeSpan> CellTimes)
{
    /// <summary>True when every cell ran.</summary>
    public bool Succeeded => Failure is null;
}
