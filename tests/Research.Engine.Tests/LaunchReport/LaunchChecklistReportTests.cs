using Research.Engine.LaunchReport;
using Research.Engine.Reports;
using Research.Engine.Tests.Storage;

namespace Research.Engine.Tests.LaunchReport;

public sealed class LaunchChecklistReportTests : IDisposable
{
    private readonly LaunchRuns _runs = new();

    [Fact]
    public void ToReport_Checklist_SummaryItemsThresholdsAndRuns()
    {
        var id = _runs.Add(LaunchRuns.Healthy());

        var report = LaunchChecklistReport.ToReport(Checklist());

        Assert.Equal(LaunchChecklistReport.Title, report.Title);
        Assert.Equal(8, report.Sections.Count);
        Assert.Equal("Summary", report.Sections[0].Heading);
        Assert.Equal("Can users steer in under 1 s? PASS", report.Sections[1].Heading);
        Assert.Equal(5, report.Sections[0].Tables[0].Rows.Count);
        Assert.Equal(["Can users steer in under 1 s?", "PASS", "first response p95: 80 ms", "≤ 1000 ms", "1"], report.Sections[0].Tables[0].Rows[0]);
        Assert.Equal(5, report.Charts.Count());
        Assert.Equal("Thresholds and rules", report.Sections[6].Heading);
        Assert.Equal(id, report.Sections[7].Tables[0].Rows[0][0]);
    }

    [Fact]
    public void Render_Html_SelfContainedWithEveryThreshold()
    {
        _runs.Add(LaunchRuns.Healthy());

        var html = HtmlReport.Render(LaunchChecklistReport.ToReport(Checklist()));

        Assert.Contains(PlotlyJs.Script, html, StringComparison.Ordinal);
        var page = html.Replace(PlotlyJs.Script, "", StringComparison.Ordinal);
        Assert.DoesNotContain("src=", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("≤ 1000 ms", page, StringComparison.Ordinal);
        Assert.Contains("≥ 20 dB", page, StringComparison.Ordinal);
        Assert.Contains("≥ 3 sessions", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarkdownWithoutRuns_EveryItemNoData()
    {
        var markdown = MarkdownReport.Render(LaunchChecklistReport.ToReport(Checklist()));

        Assert.Contains("| Can users steer in under 1 s? | NO DATA | first response p95: no data | ≤ 1000 ms | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("No completed session run with a KPI summary matches the filters.", markdown, StringComparison.Ordinal);
    }

    public void Dispose() => _runs.Dispose();

    private LaunchChecklist Checklist() => LaunchChecklistBuilder.Build(_runs.Store, new LaunchFilter(), new ManualTimeProvider(StoreTestData.Start));
}
