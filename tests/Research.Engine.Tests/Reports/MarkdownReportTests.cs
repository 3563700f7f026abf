using Research.Engine.Reports;

namespace Research.Engine.Tests.Reports;

public sealed class MarkdownReportTests
{
    [Fact]
    public void Render_Table_HeaderSeparatorAndRows()
    {
        var markdown = MarkdownReport.Render(ReportSamples.ThreeCharts());

        Assert.Contains(
            """
            **Quality modes**

            | mode | ms/frame | PSNR (dB) |
            |---|---|---|
            | fast | 5.0 | 21.0 |
            | balanced | 11.0 | 25.0 |
            | quality | 24.0 | 28.0 |
            """.ReplaceLineEndings(),
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Report_TitleHeadingsTextAndChartsByTitle()
    {
        var markdown = MarkdownReport.Render(ReportSamples.ThreeCharts());

        Assert.StartsWith("# Rollout benchmark", markdown, StringComparison.Ordinal);
        Assert.Contains("## Training", markdown, StringComparison.Ordinal);
        Assert.Contains("Bands are min/max over three seeds.", markdown, StringComparison.Ordinal);
        Assert.Contains("- Chart: Loss by step (lines: train, validation; loss against step)", markdown, StringComparison.Ordinal);
        Assert.Contains("- Chart: Frame time by resolution", markdown, StringComparison.Ordinal);
        Assert.Contains("- Chart: Cost against quality", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ChartWithMarkers_ListsMarkerGroupsWithCounts()
    {
        var chart = ReportSamples.Loss() with { Markers = [new ChartMarker(10, "inputs"), new ChartMarker(20, "inputs"), new ChartMarker(30, "soft resets")] };

        var markdown = MarkdownReport.Render(new Report("Run", [new ReportSection("Charts") { Charts = [chart] }]));

        Assert.Contains("- Chart: Loss by step (lines: train, validation; loss against step; markers: inputs (2), soft resets (1))", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PipeOrLineBreakInCell_StaysInItsCell()
    {
        var report = new Report("t", [new ReportSection("s") { Tables = [new ReportTable("x", ["a|b", "c"], [["1|2", "two\nlines"], ["short"]])] }]);

        var markdown = MarkdownReport.Render(report);

        Assert.Contains("| a\\|b | c |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1\\|2 | two lines |", markdown, StringComparison.Ordinal);
        Assert.Contains("| short |  |", markdown, StringComparison.Ordinal);
    }
}
