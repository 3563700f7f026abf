using System.Text.RegularExpressions;
using Research.Engine.Reports;

namespace Research.Engine.Tests.Reports;

public sealed class HtmlReportTests
{
    [Fact]
    public void Render_ThreeCharts_InlinesPlotlyJsOnce()
    {
        var html = HtmlReport.Render(ReportSamples.ThreeCharts());

        Assert.Equal(1, Count(html, PlotlyJs.Banner));
        Assert.Equal(1, Count(html, PlotlyJs.Script));
    }

    [Fact]
    public void Render_ThreeCharts_OneDivAndOneRenderCallPerChart()
    {
        var html = HtmlReport.Render(ReportSamples.ThreeCharts());

        var ids = Regex.Matches(html, "<div id=\"([^\"]+)\" class=\"plot\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["chart-1", "chart-2", "chart-3"], ids);
        foreach (var id in ids)
        {
            Assert.Equal(1, Count(html, $"renderFigure(\"{id}\", "));
        }
    }

    [Fact]
    public void Render_ChartWithMarkers_FigureCarriesMarkerTrace()
    {
        var chart = ReportSamples.FrameTimes() with { Markers = [new ChartMarker(64, "soft resets", "SoftReset @ 64")] };

        var html = HtmlReport.Render(new Report("Run", [new ReportSection("Charts") { Charts = [chart] }]));

        Assert.Contains("\"name\":\"soft resets\"", html, StringComparison.Ordinal);
        Assert.Contains("SoftReset @ 64", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnyReport_LoadsNothingFromTheNetwork()
    {
        var html = HtmlReport.Render(ReportSamples.ThreeCharts());
        var page = html.Replace(PlotlyJs.Script, "", StringComparison.Ordinal);

        // The page's own markup references no file and no address at all.
        Assert.DoesNotContain("http", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", page, StringComparison.OrdinalIgnoreCase);
        // Inside the bundle: no src set to an address. Its one CDN address is plotly.js's default topojsonURL, fetched
        // only for geo traces, which the chart model cannot produce. (Its href="https://plotly.com/" is the toolbar's
        // logo link, a link rather than a load, and renderFigure turns the logo off.)
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, Count(html, "https://cdn"));
        Assert.Contains("topojsonURL:{valType:\"string\",noBlank:!0,dflt:\"https://cdn.plot.ly/\"}", PlotlyJs.Script, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarkupInNamesAndCells_IsEscaped()
    {
        const string Attack = "</script><script>alert(1)</script>";
        var report = new Report(
            "<b>Title</b>",
            [
                new ReportSection("<i>Heading</i> & more")
                {
                    Text = "1 < 2 > 0",
                    Charts = [ReportSamples.Loss(seriesName: Attack)],
                    Tables = [new ReportTable("<u>t</u>", ["<th>"], [[Attack]])],
                },
            ]);

        var html = HtmlReport.Render(report);

        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Title</b>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>&lt;b&gt;Title&lt;/b&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>&lt;i&gt;Heading&lt;/i&gt; &amp; more</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p>1 &lt; 2 &gt; 0</p>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>", html, StringComparison.Ordinal);
        // In the figure JSON the name survives as \u escapes, which plotly.js reads back as the original text.
        Assert.Contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)", html, StringComparison.Ordinal);
        // Only the report's own scripts: the bundle, the render helper and one per chart.
        Assert.Equal(3, Count(html, "<script>"));
    }

    [Fact]
    public void Render_Table_RendersHeaderAndCells()
    {
        var html = HtmlReport.Render(ReportSamples.ThreeCharts());

        Assert.Contains("<caption>Quality modes</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<thead><tr><th>mode</th><th>ms/frame</th><th>PSNR (dB)</th></tr></thead>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>balanced</td><td class=\"num\">11.0</td><td class=\"num\">25.0</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnyReport_HasPrintStyles()
    {
        var html = HtmlReport.Render(ReportSamples.ThreeCharts());

        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteAtomically_NewDirectory_WritesRenderedReportAndLeavesNoTemporaryFile()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"reports-{Guid.NewGuid():N}");
        try
        {
            var path = Path.Combine(directory, "sub", "report.html");
            var report = ReportSamples.ThreeCharts();

            HtmlReport.WriteAtomically(report, path);
            HtmlReport.WriteAtomically(report, path);

            Assert.Equal(HtmlReport.Render(report), File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
