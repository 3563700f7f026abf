namespace Research.Engine.Reports;

/// <summary>A table of already formatted cells, rendered as an HTML table or a markdown table.</summary>
/// <param name="Title">Caption shown above the table.</param>
/// <param name="Columns">Column headers.</param>
/// <param name="Rows">Rows of cells; a row shorter than <paramref name="Columns"/> is padded with empty cells.</param>
/// <remarks>Cells are plain text: renderers escape them, so numbers should be formatted (invariant culture) by the caller.</remarks>
public sealed record ReportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
