using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Research.Workbench.Experiments;
using Research.Workbench.Tests.Experiments;
using ExperimentsPage = Research.Workbench.Components.Pages.Experiments;

namespace Research.Workbench.Tests.Components.Pages;

/// <summary>The page with a real service whose background loop is not started: launched sweeps stay queued.</summary>
public sealed class ExperimentsTests : IAsyncDisposable
{
    private readonly SweepFixture _fixture = new();
    private readonly SweepService _service;
    private readonly BunitContext _context = new();

    public ExperimentsTests()
    {
        _service = _fixture.NewService();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton(_service);
    }

    [Fact]
    public void Launch_NoScenario_ProblemsShownAndNothingQueued()
    {
        var page = RenderPage();

        page.Find("#launch-sweep").Click();

        Assert.Contains("Choose at least one scenario.", page.Find("#sweep-problems").TextContent, StringComparison.Ordinal);
        Assert.Empty(_service.Sweeps());
        Assert.NotNull(page.Find("#no-sweeps"));
    }

    [Fact]
    public void Launch_TooManySeeds_RefusedOnTheServer()
    {
        var page = RenderPage();
        page.Instance.ScenarioSelection = ["tiny"];
        page.Instance.SeedCount = 9;

        page.Find("#launch-sweep").Click();

        Assert.Contains("Seeds must be between 1 and 5; got 9.", page.Find("#sweep-problems").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Launch_ValidSweep_ShownQueuedWithProgressAndCancel()
    {
        var page = RenderPage();
        page.Instance.ScenarioSelection = ["tiny", "long"];
        page.Instance.ModeSelection = ["fast", "quality"];

        page.Find("#launch-sweep").Click();

        var sweep = Assert.Single(page.Instance.Shown);
        var panel = page.Find($"#sweep-{sweep.Id}");
        Assert.Equal("queued", panel.GetAttribute("data-state"));
        Assert.Equal("0 / 4 runs", panel.QuerySelector("[data-role=sweep-count]")!.TextContent.Trim());
        Assert.NotNull(panel.QuerySelector("[data-role=sweep-progress]"));
        Assert.Contains("2 scenarios × 2 modes × 1 seed (4 runs)", panel.TextContent, StringComparison.Ordinal);
        Assert.NotNull(panel.QuerySelector("[data-action=cancel]"));
    }

    [Fact]
    public void Render_Reload_ReattachesToTheServicesSweeps()
    {
        var id = _service.Start(new SweepRequest(["tiny"], ["fast"], 1, false)).Sweep!.Id;

        var page = RenderPage();

        Assert.Equal(id, Assert.Single(page.Instance.Shown).Id);
        Assert.Equal("queued", page.Find($"#sweep-{id}").GetAttribute("data-state"));
    }

    [Fact]
    public void Render_SweepInterruptedByARestart_ShownInterrupted()
    {
        using (var before = _fixture.NewService())
        {
            before.Start(new SweepRequest(["tiny"], ["fast"], 1, false));
        }
        _fixture.ReopenStore();
        using var after = _fixture.NewService();
        _context.Services.AddSingleton(after);

        var page = RenderPage();

        var sweep = Assert.Single(page.Instance.Shown);
        Assert.Equal("interrupted", page.Find($"#sweep-{sweep.Id}").GetAttribute("data-state"));
        Assert.Empty(page.FindAll($"#sweep-{sweep.Id} [data-action=cancel]"));
    }

    [Fact]
    public void Render_SweepFailedWithLibTorchTrace_OneLineReasonAndTraceFolded()
    {
        var store = _fixture.Store;
        var id = store.CreateRun(new Research.Engine.Storage.NewRun
        {
            Kind = "sweep", Name = "1 scenario × 1 mode × 1 seed (1 run)", Config = new Dictionary<string, string> { ["cells"] = "1" },
        }).Id;
        store.CompleteRun(id, Research.Engine.Storage.RunStatus.Failed, "1 of 1 cells failed; the first: tiny quality seed 7: " + ErrorSummaryTests.LibTorchError);

        var page = RenderPage();

        var error = page.Find($"#sweep-{id} [data-role=error]");
        Assert.Equal("1 of 1 cells failed; the first: tiny quality seed 7: " + ErrorSummaryTests.LibTorchReason,
            error.QuerySelector("[data-role=error-reason]")!.TextContent);
        Assert.DoesNotContain("frame #", error.QuerySelector("[data-role=error-reason]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Exception raised from", error.QuerySelector("details[data-role=error-details] pre")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SweepCancelled_OneLineNoDetails()
    {
        var id = _service.Start(new SweepRequest(["tiny"], ["fast"], 1, false)).Sweep!.Id;
        _service.Cancel(id);

        var page = RenderPage();

        Assert.Equal("cancelled", page.Find($"#sweep-{id} [data-role=error-reason]").TextContent);
        Assert.Empty(page.FindAll($"#sweep-{id} [data-role=error-details]"));
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        _service.Dispose();
        _fixture.Dispose();
    }

    private IRenderedComponent<ExperimentsPage> RenderPage() => _context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<ExperimentsPage>(1);
        builder.CloseComponent();
    }).FindComponent<ExperimentsPage>();
}
