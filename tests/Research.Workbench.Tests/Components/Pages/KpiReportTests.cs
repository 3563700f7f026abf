using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using Research.Engine.LaunchReport;
using Research.Engine.Storage;
using Research.Workbench.Components.Pages;

namespace Research.Workbench.Tests.Components.Pages;

public sealed class KpiReportTests : IAsyncDisposable
{
    private readonly TempDirectory _data = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly LiteDbRunStore _store;
    private readonly BunitContext _context = new();

    public KpiReportTests()
    {
        _store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _data.Path }, _time);
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton<IRunStore>(_store);
        _context.Services.AddSingleton<TimeProvider>(_time);
    }

    [Fact]
    public void Render_MeasuredRuns_ChecklistWithVerdictChipsFiguresAndTrends()
    {
        AddRun("prompt-storm", "fast", firstResponseP95: 80);
        AddRun("prompt-storm", "fast", firstResponseP95: 90);
        AddRun("revisit-loop", "quality", firstResponseP95: 1400);

        var page = RenderPage();

        var checks = page.FindAll("#checklist [id^=check-]").Where(e => e.ClassList.Contains("launch-check")).ToList();
        Assert.Equal(["check-steer", "check-coherent", "check-recovery", "check-live", "check-scale"], checks.Select(c => c.Id));
        var steer = page.Find("#check-steer");
        Assert.Equal("pass", steer.GetAttribute("data-verdict"));
        Assert.Contains("first response p95: 90 ms", steer.QuerySelector("[data-role=figure]")!.TextContent.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("≤ 1000 ms", steer.TextContent, StringComparison.Ordinal);
        Assert.Equal("no-data", page.Find("#check-coherent").GetAttribute("data-verdict"));
        Assert.NotNull(page.Find("#trend-steer"));
        Assert.Equal("/report/export.html", page.Find("#export-html").GetAttribute("href"));
    }

    [Fact]
    public void Render_DeadPictureWithPassingRatio_FailsWithTheFloorReasonAndPools()
    {
        // A black picture: SSIM after / before a switch about 1.17, but SSIM against the shadow before the switch about 0.
        AddRun("prompt-storm", "fast", firstResponseP95: 80, origin: RunOrigin.Replay, extra: new()
        {
            ["psnr_mean"] = 6.4, ["ssim_mean"] = 0.0006, ["prompt_switch_ssim_ratio_mean"] = 1.17, ["prompt_switch_ssim_before_mean"] = 0.0006,
        });

        var page = RenderPage();

        var coherent = page.Find("#check-coherent");
        Assert.Equal("fail", coherent.GetAttribute("data-verdict"));
        var ratio = coherent.QuerySelector("tr[data-source=prompt_switch_ssim_ratio_mean]")!;
        Assert.Equal("fail", ratio.GetAttribute("data-verdict"));
        Assert.StartsWith("fail (floor not met: SSIM against the shadow before switches", ratio.QuerySelector("[data-role=verdict]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("0.001, needs ≥ 0.3", ratio.QuerySelector("[data-role=floor]")!.TextContent);
        Assert.Equal("live, replay, sweep", ratio.QuerySelector("[data-role=pools]")!.TextContent);
        // The replay does not time steering: only live sessions do.
        Assert.Equal("no-data", page.Find("#check-steer").GetAttribute("data-verdict"));
        Assert.Contains("pools live runs only", page.Find("#check-steer [data-role=reason]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FailedAndInterruptedRuns_ListedWithTheirReasonsAndCounted()
    {
        AddRun("prompt-storm", "fast", firstResponseP95: 80);
        var failed = AddRun("prompt-storm", "fast", firstResponseP95: 80, status: RunStatus.Failed, error: "model file missing");
        AddRun("prompt-storm", "fast", firstResponseP95: 80, status: RunStatus.Interrupted, error: "cancelled");

        var page = RenderPage();

        Assert.Contains("Answered from 1 independent session run (1 live;", page.Find("#report-summary").TextContent, StringComparison.Ordinal);
        Assert.Contains("Left out: 2 runs (1 failed, 1 interrupted).", page.Find("#report-summary").TextContent, StringComparison.Ordinal);
        var rows = page.FindAll("#report-left-out tbody tr");
        Assert.Equal(["failed: model file missing", "interrupted: cancelled"], rows.Select(r => r.QuerySelector("[data-role=reason]")!.TextContent));
        Assert.Contains(failed, rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_ModeAndDays_ChecklistAndExportLinkFollow()
    {
        AddRun("prompt-storm", "fast", firstResponseP95: 80);
        AddRun("prompt-storm", "quality", firstResponseP95: 1400);
        var page = RenderPage();

        Input(page, "#report-from").Change("2026-11-01");
        Input(page, "#report-to").Change("2026-11-02");
        var mode = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Mode");
        page.InvokeAsync(() => mode.Instance.ValueChanged.InvokeAsync("quality"));

        Assert.Equal("/report/export.html?mode=quality&from=2026-11-01&to=2026-11-02", page.Find("#export-html").GetAttribute("href"));
        var checklist = page.Instance.Checklist!;
        Assert.Equal(new LaunchFilter(null, "quality", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2)), checklist.Filter);
        Assert.Equal("fail", page.Find("#check-steer").GetAttribute("data-verdict"));
    }

    [Fact]
    public void Filters_EmptyDateWindow_ErrorAndNoChecklist()
    {
        var page = RenderPage();

        Assert.Empty(page.FindAll("#report-left-out"));
        Input(page, "#report-from").Change("2026-11-05");
        Input(page, "#report-to").Change("2026-11-01");

        Assert.Contains("The date window is empty", page.Find("#report-error").TextContent, StringComparison.Ordinal);
        Assert.Null(page.Instance.Checklist);
        Assert.Empty(page.FindAll("#checklist"));
    }

    [Fact]
    public void Print_Click_OpensThePrintDialogWithControlsMarkedNoPrint()
    {
        var page = RenderPage();

        page.Find("#print-report").Click();

        _context.JSInterop.VerifyInvoke("print");
        // The print style sheet (in the page's head content) hides everything marked no-print: the filters and buttons.
        Assert.Contains("no-print", page.Find("#print-report").ParentElement!.ClassName, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        _store.Dispose();
        _data.Dispose();
    }

    private static IElement Input(IRenderedComponent<KpiReport> page, string selector)
    {
        var element = page.Find(selector);
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }

    private string AddRun(
        string scenario, string mode, double firstResponseP95, RunOrigin origin = RunOrigin.Live, RunStatus status = RunStatus.Completed,
        string? error = null, Dictionary<string, double>? extra = null)
    {
        _time.Advance(TimeSpan.FromMinutes(1));
        var run = _store.CreateRun(new NewRun
        {
            Kind = "session", Scenario = scenario, QualityMode = mode,
            Config = new Dictionary<string, string> { [RunOrigins.ConfigKey] = RunOrigins.ToConfig(origin) },
        });
        var values = new Dictionary<string, double> { ["first_response_p95_ms"] = firstResponseP95, ["latency_p95_ms"] = 40, ["latency_p99_ms"] = 60 };
        foreach (var (key, value) in extra ?? [])
        {
            values[key] = value;
        }
        _store.WriteSummary(new KpiSummary { RunId = run.Id, Frame = 10, Values = values });
        _store.CompleteRun(run.Id, status, error);
        return run.Id;
    }

    private IRenderedComponent<KpiReport> RenderPage() => RenderRoot().FindComponent<KpiReport>();

    // MudSelect needs a popover provider on the page, as the app's layout has.
    private IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> RenderRoot() => _context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<KpiReport>(1);
        builder.CloseComponent();
    });
}
