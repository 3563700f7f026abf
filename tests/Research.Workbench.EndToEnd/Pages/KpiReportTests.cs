using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Research.Workbench.Browser;

namespace Research.Workbench.EndToEnd.Pages;

/// <summary>The KPI report in headless Chromium: the launch checklist answered, and exported as one self-contained HTML file.</summary>
public sealed partial class KpiReportTests(BrowserFixture fixture) : IAsyncLifetime
{
    private static readonly string[] Items = ["steer", "coherent", "recovery", "live", "scale"];
    private readonly BrowserHarness _harness = fixture.Harness;

    [Fact]
    public async Task ExportHtml_ReportWithMeasuredRun_DownloadsSelfContainedChecklist()
    {
        await ScenarioRuns.RunAsync(_harness.Server, cancellationToken: TestContext.Current.CancellationToken);
        var page = await _harness.OpenAsync("/report");
        await page.Locator("#checklist").WaitForAsync(PageWait.Visible);
        foreach (var item in Items)
        {
            await page.Locator($"#check-{item}[data-verdict]").WaitForAsync(PageWait.Visible);
        }
        // Every trend chart the page has drawn before the picture is taken.
        await PageWait.ForAsync(page, "[...document.querySelectorAll('[id^=trend-]')].every(c => c.dataset.traces)");
        await BrowserHarness.ScreenshotAsync(page, "kpi-report");
        var questions = await page.Locator("#checklist .launch-check h6").AllInnerTextsAsync();

        var download = await page.RunAndWaitForDownloadAsync(
            () => page.Locator("#export-html").ClickAsync(), new PageRunAndWaitForDownloadOptions { Timeout = PageWait.TimeoutMs });
        var path = Path.Combine(RepositoryPaths.Root, "artifacts", "reports", "e2e-kpi-report.html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await download.SaveAsAsync(path);
        var html = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        foreach (var item in Items)
        {
            Assert.Contains(await page.Locator($"#check-{item}").GetAttributeAsync("data-verdict"), new[] { "pass", "fail", "no-data" });
        }
        Assert.Matches(@"^kpi-report-\d{8}-\d{4}\.html$", download.SuggestedFilename);
        Assert.Single(PlotlyBanner().Matches(html));
        Assert.DoesNotMatch(RemoteScript(), html);
        Assert.Equal(Items.Length, questions.Count);
        var text = WebUtility.HtmlDecode(html);
        Assert.All(questions, question => Assert.Contains(question.Trim(), text, StringComparison.Ordinal));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _harness.ResetAsync();

    // The licence banner at the top of plotly.js's bundle: once means inlined once.
    [GeneratedRegex(@"\*\s*plotly\.js v\d+\.\d+\.\d+")]
    private static partial Regex PlotlyBanner();

    [GeneratedRegex(@"<script[^>]*\bsrc\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteScript();
}
