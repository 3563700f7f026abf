using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Research.Engine.Storage;
using Research.Workbench.Components.Pages;

namespace Research.Workbench.Tests.Components.Pages;

public sealed class CompareTests : IAsyncDisposable
{
    private readonly TempDirectory _data = new();
    private readonly LiteDbRunStore _store;
    private readonly BunitContext _context = new();

    public CompareTests()
    {
        _store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _data.Path });
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton<IRunStore>(_store);
    }

    [Theory]
    [InlineData(null, "names 0")]
    [InlineData("run-a", "names 1")]
    [InlineData("run-a,run-b,run-c,run-d,run-e", "names 5")]
    [InlineData("run-a,run-gone", "There is no run 'run-gone'")]
    public void Render_WrongLink_ClearMessageAndNothingCompared(string? runs, string message)
    {
        StoredRuns.Add(_store, "run-a");
        StoredRuns.Add(_store, "run-b");

        var page = RenderPage(runs);

        Assert.Contains(message, page.Find("#compare-error").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll(".media-panels"));
    }

    [Fact]
    public void Render_ThreeModes_SideBySideOverlaidAndBestKpiMarked()
    {
        StoredRuns.Add(_store, "run-fast", mode: "fast", psnrMean: 18, latencyP95: 12);
        StoredRuns.Add(_store, "run-balanced", mode: "balanced", psnrMean: 22, latencyP95: 20);
        StoredRuns.Add(_store, "run-quality", mode: "quality", psnrMean: 25, latencyP95: 35);

        var page = RenderPage("run-fast,run-balanced,run-quality");

        Assert.Equal(["run-fast", "run-balanced", "run-quality"], page.FindAll(".compare-run").Select(e => e.GetAttribute("data-run")));
        Assert.Equal(["fast", "balanced", "quality"], page.Instance.Labels);
        Assert.Equal(
            ["psnr-compare-chart", "agent-error-compare-chart", "latency-compare-chart"],
            page.FindAll("div.plotly-chart").Select(e => e.Id));
        // Higher PSNR is best (quality, column 3); lower latency is best (fast, column 1).
        Assert.Equal(3, BestColumn(page, "psnr_mean"));
        Assert.Equal(1, BestColumn(page, "latency_p95_ms"));
        Assert.Empty(page.FindAll("#compare-scenarios-differ"));
    }

    [Fact]
    public void Render_DifferencesWithinNoise_NoBestMarkedAndRuleShown()
    {
        // Per-frame PSNR spreads by about 1.4 dB over 100 frames: a standard error near 0.14 dB per run, so 0.2 dB is
        // within the 95% interval of the difference (about 0.39 dB). Latency p95 has no spread: 0.1 ms is under 1%.
        StoredRuns.Add(_store, "run-fast", mode: "fast", psnrMean: 22, latencyP95: 30);
        StoredRuns.Add(_store, "run-quality", mode: "quality", psnrMean: 22.2, latencyP95: 30.1);

        var page = RenderPage("run-fast,run-quality");

        Assert.Empty(page.FindAll("#kpi-compare-table td[data-best]"));
        Assert.Contains("1.96", page.Find("#kpi-best-rule").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DifferentScenarios_SaysFramesDoNotLineUp()
    {
        StoredRuns.Add(_store, "run-a", scenario: "revisit-loop");
        StoredRuns.Add(_store, "run-b", scenario: "prompt-storm");

        var page = RenderPage("run-a,run-b");

        Assert.NotNull(page.Find("#compare-scenarios-differ"));
        Assert.Equal(["run-a", "run-b"], page.Instance.Labels); // Same mode: ids tell them apart.
    }

    [Fact]
    public void GoToFrame_RunsOfDifferentLengths_EveryRunsPanelsMoveTogether()
    {
        StoredRuns.Add(_store, "run-long", frames: 100);
        StoredRuns.Add(_store, "run-short", frames: 70);
        var page = RenderPage("run-long,run-short");

        page.Find("input#step-slider-goto").Input("95");
        page.Find("#step-slider-go").Click();

        Assert.Equal(95, page.Instance.Frame);
        // The shorter run stays on its last frame (69), whose nearest key frame is 60.
        Assert.Equal(["90", "60"], page.FindAll(".media-panels").Select(e => e.GetAttribute("data-key-frame")));
        Assert.Equal(["95", "69"], page.FindAll(".media-panels").Select(e => e.GetAttribute("data-frame")));
    }

    // MudBlazor's services are only asynchronously disposable.
    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        _store.Dispose();
        _data.Dispose();
    }

    private static int BestColumn(IRenderedComponent<Compare> page, string kpi) =>
        page.FindAll($"#kpi-compare-table [data-kpi={kpi}] td").Select((td, i) => (td, i)).Single(c => c.td.HasAttribute("data-best")).i;

    // The runs come from the query string, as on a real link.
    private IRenderedComponent<Compare> RenderPage(string? runs)
    {
        _context.Services.GetRequiredService<NavigationManager>().NavigateTo(runs is null ? "/compare" : "/compare?runs=" + runs);
        return _context.Render<Compare>();
    }
}
