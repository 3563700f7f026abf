using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Research.Engine.Reports;
using Research.Engine.Storage;
using Research.Workbench.Components.Pages;

namespace Research.Workbench.Tests.Components.Pages;

public sealed class RunDetailTests : IAsyncDisposable
{
    private readonly TempDirectory _data = new();
    private readonly LiteDbRunStore _store;
    private readonly BunitContext _context = new();

    public RunDetailTests()
    {
        _store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _data.Path });
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton<IRunStore>(_store);
    }

    [Fact]
    public void Render_UnknownRun_ClearMessage()
    {
        var page = RenderPage("nobody");

        Assert.Contains("There is no run 'nobody'", page.Find("#run-not-found").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#step-slider"));
    }

    [Fact]
    public void Render_StoredRun_HeaderKpiTableAndFourChartsWithMarkers()
    {
        StoredRuns.Add(_store, "run-a", frames: 100);

        var page = RenderPage("run-a");

        var header = page.Find("#run-header").TextContent;
        foreach (var text in new[] { "run-a", "Completed", "revisit-loop", "fast", "ckpt-1", "7", "99", "demo" })
        {
            Assert.Contains(text, header, StringComparison.Ordinal);
        }
        Assert.NotNull(page.Find("#kpi-table [data-kpi=psnr_mean]"));
        Assert.Equal(
            ["psnr-chart", "ssim-chart", "agent-error-chart", "latency-chart"],
            page.FindAll("div.plotly-chart").Select(e => e.Id));
        var charts = page.Instance.Charts;
        Assert.Equal(["inputs", "soft resets"], charts.Psnr.MarkerList.Select(m => m.Group));
        Assert.Equal(["p50", "p95", "p99"], charts.Latency.Series.Select(s => s.Name));
        Assert.True(charts.Psnr.Series[0].HasBand);
    }

    [Fact]
    public void Render_FailedRunWithLibTorchTrace_OneLineReasonAndTraceFolded()
    {
        StoredRuns.Add(_store, "run-a", frames: 40);
        _store.CreateRun(new NewRun { Id = "run-f", Kind = "session", Scenario = "revisit-loop", QualityMode = "quality" });
        _store.AppendFrames(StoredRunsFrames("run-f"));
        _store.CompleteRun("run-f", RunStatus.Failed, ErrorSummaryTests.LibTorchError);

        var page = RenderPage("run-f");

        var error = page.Find("#run-error");
        Assert.Equal(ErrorSummaryTests.LibTorchReason, error.QuerySelector("[data-role=error-reason]")!.TextContent);
        var details = error.QuerySelector("details[data-role=error-details]")!;
        Assert.False(details.HasAttribute("open"));
        Assert.Contains("frame #0: c10::Error::Error", details.QuerySelector("pre")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SwitchedModes_HeaderSaysEachModesShare()
    {
        StoredRuns.Add(_store, "run-a", frames: 40);
        _store.SetModes("run-a", [new ModeUse { Mode = "fast", Frames = 10, Seconds = 1 }, new ModeUse { Mode = "quality", Frames = 30, Seconds = 3 }]);

        var page = RenderPage("run-a");

        Assert.Contains("quality 75%, fast 25%", page.Find("[data-field=Mode]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StoredRun_OpensAtFirstKeyFrameWithPictures()
    {
        StoredRuns.Add(_store, "run-a", frames: 100);

        var page = RenderPage("run-a");

        Assert.Equal(30, page.Instance.Frame);
        Assert.Equal("30", page.Find("#media-panels").GetAttribute("data-key-frame"));
        Assert.Equal(3, page.FindAll("#media-panels img").Count);
    }

    [Fact]
    public void GoToFrame_ValidFrame_MovesEveryPanelAndEveryCursor()
    {
        StoredRuns.Add(_store, "run-a", frames: 100);
        var page = RenderPage("run-a");

        GoTo(page, "75");

        Assert.Equal(75, page.Instance.Frame);
        Assert.Equal("60", page.Find("#media-panels").GetAttribute("data-key-frame"));
        Assert.Equal(
            ["/runs/run-a/keyframes/60.png?panel=model", "/runs/run-a/keyframes/60.png?panel=truth", "/runs/run-a/keyframes/60.png?panel=error"],
            page.FindAll("#media-panels img").Select(i => i.GetAttribute("src")));
        // The frame charts' cursors move to frame 75, the latency chart's to its time (7.5 s).
        var cursors = _context.JSInterop.Invocations["workbenchCharts.cursor"].Select(i => i.Arguments[1]).ToList();
        Assert.Equal(3, cursors.Count(c => Equals(c, 75.0)));
        Assert.Contains(7.5, cursors);
    }

    [Theory]
    [InlineData("100")]
    [InlineData("-3")]
    [InlineData("frame 5")]
    public void GoToFrame_NotAFrameOfTheRun_MessageAndFrameKept(string text)
    {
        StoredRuns.Add(_store, "run-a", frames: 100);
        var page = RenderPage("run-a");
        GoTo(page, "40");

        GoTo(page, text);

        Assert.Equal(40, page.Instance.Frame);
        Assert.Contains("Enter a frame from 0 to 99.", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Slider_Moved_EveryPanelFollows()
    {
        StoredRuns.Add(_store, "run-a", frames: 100);
        var page = RenderPage("run-a");

        page.Find("#step-slider input[type=range]").Input("33");

        Assert.Equal(33, page.Instance.Frame);
        Assert.Equal("33", page.Find("#step-slider").GetAttribute("data-frame"));
        Assert.All(page.FindAll("#media-panels img"), img => Assert.StartsWith("/runs/run-a/keyframes/30.png", img.GetAttribute("src"), StringComparison.Ordinal));
    }

    [Fact]
    public void Smoothing_WeightChanged_ChartsRebuiltAndWeightBounded()
    {
        StoredRuns.Add(_store, "run-a", frames: 100);
        var page = RenderPage("run-a");
        var before = page.Instance.Charts.Psnr;

        page.Find("#smoothing-weight input[type=range]").Input("0");
        var raw = page.Instance.Charts.Psnr;
        page.Find("#smoothing-weight input[type=range]").Input("7");

        Assert.NotEqual(PlotlyFigures.ToFigureJson(before), PlotlyFigures.ToFigureJson(raw));
        Assert.Equal(0.95, page.Instance.Options.SmoothingWeight);
    }

    [Fact]
    public void Markers_SwitchedOff_ChartsWithoutMarkers()
    {
        StoredRuns.Add(_store, "run-a", frames: 100);
        var page = RenderPage("run-a");

        var toggle = page.Find("#markers-toggle");
        (toggle.TagName == "INPUT" ? toggle : toggle.QuerySelector("input")!).Change(false);

        Assert.Empty(page.Instance.Charts.Psnr.MarkerList);
        Assert.Empty(page.Instance.Charts.Latency.MarkerList);
    }

    // MudBlazor's services are only asynchronously disposable.
    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        _store.Dispose();
        _data.Dispose();
    }

    private static void GoTo(IRenderedComponent<RunDetail> page, string text)
    {
        page.Find("input#step-slider-goto").Input(text);
        page.Find("#step-slider-go").Click();
    }

    // MudSelect needs a popover provider on the page, as the app's layout has.
    private static FrameMetrics[] StoredRunsFrames(string runId) =>
        [.. Enumerable.Range(0, 5).Select(f => new FrameMetrics { RunId = runId, Frame = f, TimeMs = f * 100, Values = new Dictionary<string, double> { ["psnr"] = 20 } })];

    private IRenderedComponent<RunDetail> RenderPage(string runId) => _context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<RunDetail>(1);
        builder.AddAttribute(2, nameof(RunDetail.RunId), runId);
        builder.CloseComponent();
    }).FindComponent<RunDetail>();
}
