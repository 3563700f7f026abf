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
    public void Render_SessionStartedFastRunMostlyInQuality_ModeColumnShowsShares()
    {
        Create("run-mixed", "live", "a", mode: "fast");
        _store.SetModes("run-mixed", [new ModeUse { Mode = "fast", Frames = 60, Seconds = 2 }, new ModeUse { Mode = "quality", Frames = 120, Seconds = 8 }]);
        Create("run-one", "live", "a", mode: "balanced");

        var page = RenderPage();

        var mixed = page.Find("[data-run-link=run-mixed]").Closest("tr")!.TextContent;
        Assert.Contains("quality 80%, fast 20%", mixed, StringComparison.Ordinal);
        Assert.Contains("balanced", page.Find("[data-run-link=run-one]").Closest("tr")!.TextContent, StringComparison.Ordinal);
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

    [Fact]
    public void SaveTags_EditedText_StoredAndShownAsChips()
    {
        Create("run-a", "revisit-loop", "a");
        var page = RenderPage();

        page.Find("[data-action=edit-tags][data-run=run-a]").Click();
        TagsInput(page, "run-a").Change(" baseline, night ,a ");
        page.Find("[data-action=save-tags]").Click();

        Assert.Equal(["baseline", "night", "a"], _store.GetRun("run-a")!.Tags);
        Assert.Equal(["baseline", "night", "a"], page.FindAll(".mud-chip").Select(c => c.TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-action=save-tags]"));
    }

    [Theory]
    [InlineData("a,,b", "empty")]
    [InlineData("a-tag-that-is-longer-than-forty-characters-in-all", "at most 40 characters")]
    [InlineData("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21", "At most 20 tags")]
    public void SaveTags_InvalidText_ShowsMessageAndKeepsStoredTags(string text, string message)
    {
        Create("run-a", "revisit-loop", "a");
        var page = RenderPage();

        page.Find("[data-action=edit-tags][data-run=run-a]").Click();
        TagsInput(page, "run-a").Change(text);
        page.Find("[data-action=save-tags]").Click();

        Assert.Equal(["a"], _store.GetRun("run-a")!.Tags);
        Assert.Contains(message, page.Markup, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("[data-action=save-tags]"));
    }

    [Fact]
    public void Delete_Confirmed_RunGone()
    {
        Create("run-a", "revisit-loop", "a");
        _store.CompleteRun("run-a", RunStatus.Completed);
        Create("run-b", "revisit-loop", "a");
        _store.CompleteRun("run-b", RunStatus.Completed);
        var root = RenderRoot();

        root.Find("[data-action=delete][data-run=run-a]").Click();
        DialogButton(root, "Delete").Click();

        root.WaitForAssertion(() => Assert.Equal("1 runs", root.Find("#runs-count").TextContent));
        Assert.Null(_store.GetRun("run-a"));
        Assert.NotNull(_store.GetRun("run-b"));
        Assert.Empty(root.FindAll(".mud-dialog"));
    }

    [Fact]
    public void Delete_Cancelled_RunKept()
    {
        Create("run-a", "revisit-loop", "a");
        _store.CompleteRun("run-a", RunStatus.Completed);
        var root = RenderRoot();

        root.Find("[data-action=delete][data-run=run-a]").Click();
        DialogButton(root, "Cancel").Click();

        root.WaitForAssertion(() => Assert.Empty(root.FindAll(".mud-dialog")));
        Assert.NotNull(_store.GetRun("run-a"));
        Assert.Equal("1 runs", root.Find("#runs-count").TextContent);
    }

    [Fact]
    public void Delete_RunningRun_ButtonDisabled()
    {
        Create("run-done", "revisit-loop", "a");
        _store.CompleteRun("run-done", RunStatus.Completed);
        Create("run-live", "revisit-loop", "a");

        var page = RenderPage();

        Assert.True(page.Find("[data-action=delete][data-run=run-live]").HasAttribute("disabled"));
        Assert.False(page.Find("[data-action=delete][data-run=run-done]").HasAttribute("disabled"));
    }

    [Fact]
    public void ExportLink_Filters_CarriedInQuery()
    {
        Create("run-a", "revisit-loop", "a");
        var page = RenderPage();

        page.FindAll("input").Single(i => i.ParentElement?.ParentElement?.TextContent.Contains("Scenario", StringComparison.Ordinal) == true).Change("revisit loop");

        var link = page.Find("#runs-export");
        Assert.Equal("/runs/export.csv?scenario=revisit%20loop", link.GetAttribute("href"));
        // Blazor's router leaves links with a download attribute to the browser, so the file downloads instead of routing.
        Assert.True(link.HasAttribute("download"));
    }

    [Fact]
    public void Filters_ModeCheckpointAndDates_OnlyMatchingRunsAndExportCarriesThem()
    {
        Create("run-fast", "revisit-loop", "a", mode: "fast", checkpoint: "ckpt-1");
        _time.Advance(TimeSpan.FromDays(2));
        Create("run-quality", "revisit-loop", "a", mode: "quality", checkpoint: "ckpt-1");
        Create("run-fast-2", "revisit-loop", "a", mode: "fast", checkpoint: "ckpt-2");
        var page = RenderPage();

        page.Find("input#runs-mode").Change("fast");
        page.Find("input#runs-checkpoint").Change("ckpt-1");
        Assert.Equal("1 runs", page.Find("#runs-count").TextContent);
        Assert.Contains("run-fast", page.Markup, StringComparison.Ordinal);

        page.Find("input#runs-checkpoint").Change("");
        page.Find("input#runs-from").Change("2026-11-02");
        page.Find("input#runs-to").Change("2026-11-03");

        Assert.Equal("1 runs", page.Find("#runs-count").TextContent);
        Assert.NotNull(page.Find("[data-run-link=run-fast-2]"));
        Assert.Equal("/runs/export.csv?mode=fast&from=2026-11-02&to=2026-11-03", page.Find("#runs-export").GetAttribute("href"));
    }

    [Fact]
    public void Filters_InvalidDateRange_MessageAndLastValidFiltersKept()
    {
        Create("run-a", "revisit-loop", "a");
        var page = RenderPage();

        page.Find("input#runs-from").Change("2026-11-05");
        page.Find("input#runs-to").Change("2026-11-01");

        Assert.Contains("is after the last day", page.Markup, StringComparison.Ordinal);
        Assert.Equal("/runs/export.csv?from=2026-11-05", page.Find("#runs-export").GetAttribute("href"));
    }

    [Fact]
    public void RunLink_Row_OpensRunDetail()
    {
        Create("run-a", "revisit-loop", "a");

        var page = RenderPage();

        Assert.Equal("/runs/run-a", page.Find("[data-run-link=run-a]").GetAttribute("href"));
    }

    [Fact]
    public void Select_TwoRuns_CompareLinksBothInOrder()
    {
        Create("run-a", "revisit-loop", "a");
        Create("run-b", "revisit-loop", "a");
        var page = RenderPage();
        Assert.Null(page.Find("#runs-compare").GetAttribute("href"));

        page.Find("input[data-select=run-b]").Change(true);
        page.Find("input[data-select=run-a]").Change(true);

        Assert.Equal(["run-b", "run-a"], page.Instance.Selected);
        Assert.Equal("/compare?runs=run-b,run-a", page.Find("#runs-compare").GetAttribute("href"));
    }

    [Fact]
    public void Select_FourRuns_OthersDisabledUntilOneIsUnticked()
    {
        foreach (var id in new[] { "run-a", "run-b", "run-c", "run-d", "run-e" })
        {
            Create(id, "revisit-loop", "a");
        }
        var page = RenderPage();

        foreach (var id in new[] { "run-a", "run-b", "run-c", "run-d" })
        {
            page.Find($"input[data-select={id}]").Change(true);
        }

        Assert.True(page.Find("input[data-select=run-e]").HasAttribute("disabled"));
        page.Find("input[data-select=run-a]").Change(false);
        Assert.False(page.Find("input[data-select=run-e]").HasAttribute("disabled"));
        Assert.Equal("/compare?runs=run-b,run-c,run-d", page.Find("#runs-compare").GetAttribute("href"));
    }

    // MudBlazor's services are only asynchronously disposable.
    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        _store.Dispose();
        _data.Dispose();
    }

    private static AngleSharp.Dom.IElement TagsInput(IRenderedComponent<Runs> page, string runId)
    {
        var field = page.Find($"[data-tags-input='{runId}']");
        return field.TagName == "INPUT" ? field : field.QuerySelector("input")!;
    }

    private static AngleSharp.Dom.IElement DialogButton(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> root, string text) =>
        root.WaitForElements(".mud-dialog button").Single(b => b.TextContent.Trim() == text);

    private IRenderedComponent<Runs> RenderPage() => RenderRoot().FindComponent<Runs>();

    // MudSelect needs a popover provider and the delete confirmation a dialog provider on the page, as the app's layout has.
    private IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> RenderRoot() => _context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<Runs>(2);
        builder.CloseComponent();
    });

    private void Create(string id, string scenario, string tag, string? mode = null, string? checkpoint = null)
    {
        _store.CreateRun(new NewRun { Id = id, Kind = "session", Scenario = scenario, Tags = [tag], QualityMode = mode, Checkpoint = checkpoint });
        _time.Advance(TimeSpan.FromMinutes(1));
    }
}
