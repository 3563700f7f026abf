using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using Research.Engine.Storage;
using Research.Workbench.Components.Pages;

namespace Research.Workbench.Tests.Components.Pages;

public sealed class RunsTests : IAsyncDisposable
{
    private readonly TempDirectory _data = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly LiteDbRunStore _store;
    private readonly BunitContext _context = new();

    public RunsTests()
    {
        _store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _data.Path }, _time);
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton<IRunStore>(_store);
    }

    [Fact]
    public void Render_StoredRuns_ListsAllNewestFirst()
    {
        Create("run-old", "revisit-loop", "a");
        Create("run-mid", "prompt-storm", "b");
        Create("run-new", "revisit-loop", "b");

        var page = RenderPage();

        Assert.Equal("3 runs", page.Find("#runs-count").TextContent);
        var text = page.Markup;
        Assert.True(text.IndexOf("run-new", StringComparison.Ordinal) < text.IndexOf("run-mid", StringComparison.Ordinal));
        Assert.True(text.IndexOf("run-mid", StringComparison.Ordinal) < text.IndexOf("run-old", StringComparison.Ordinal));
    }

    [Fact]
    public void Filters_ScenarioAndTag_OnlyMatchingRuns()
    {
        Create("run-old", "revisit-loop", "a");
        Create("run-mid", "prompt-storm", "b");
        Create("run-new", "revisit-loop", "b");
        var page = RenderPage();

        page.FindAll("input").Single(i => i.ParentElement?.ParentElement?.TextContent.Contains("Scenario", StringComparison.Ordinal) == true).Change("revisit-loop");
        page.FindAll("input").Single(i => i.ParentElement?.ParentElement?.TextContent.Contains("Tag", StringComparison.Ordinal) == true).Change("b");

        Assert.Equal("1 runs", page.Find("#runs-count").TextContent);
        Assert.Contains("run-new", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("run-old", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_StatusFilter_PassedToStore()
    {
        Create("run-done", "revisit-loop", "a");
        _store.CompleteRun("run-done", RunStatus.Completed);
        Create("run-live", "revisit-loop", "a");

        var page = RenderPage();

        Assert.Equal(2, _store.QueryRuns(page.Instance.Query).Count);
        Assert.Single(_store.QueryRuns(page.Instance.Query with { Status = RunStatus.Completed }));
    }

    // MudBlazor's services are only asynchronously disposable.
    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        _store.Dispose();
        _data.Dispose();
    }

    // MudSelect needs a popover provider on the page, as the app's layout has.
    private IRenderedComponent<Runs> RenderPage() => _context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<Runs>(1);
        builder.CloseComponent();
    }).FindComponent<Runs>();

    private void Create(string id, string scenario, string tag)
    {
        _store.CreateRun(new NewRun { Id = id, Kind = "session", Scenario = scenario, Tags = [tag] });
        _time.Advance(TimeSpan.FromMinutes(1));
    }
}
