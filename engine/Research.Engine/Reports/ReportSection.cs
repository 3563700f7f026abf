namespace Research.Engine.Reports;

/// <summary>One section of a <see cref="Report"/>: a heading, then its text, its charts and its tables, in that order.</summary>
/// <param name="Heading">Section heading.</param>
/// <remarks>Defaults: no text, no charts, no tables.</remarks>
public sealed record ReportSection(string Heading)
{
    /// <summary>Plain text under the heading; a blank line starts a new paragraph.</summary>
    public string Text { get; init; } = "";

    /// <summary>Charts of the section.</summary>
    public IReadOnlyList<ChartSpec> Charts { get; init; } = [];

    /// <summary>Tables of the section.</summary>
    public IReadOnlyList<ReportTable> Tables { get; init; } = [];
}
