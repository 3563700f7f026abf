namespace Research.Engine.Reports;

/// <summary>
/// A report: a title and sections of text, charts and tables. <see cref="HtmlReport"/> renders it as one
/// self-contained HTML file, <see cref="MarkdownReport"/> as markdown for terminals and CI logs.
/// </summary>
/// <param name="Title">Report title.</param>
/// <param name="Sections">The sections, in reading order.</param>
public sealed record Report(string Title, IReadOnlyList<ReportSection> Sections)
{
    /// <summary>Every chart of the report, in reading order.</summary>
    public IEnumerable<ChartSpec> Charts => Sections.SelectMany(s => s.Charts);
}
