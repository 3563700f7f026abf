using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Research.Engine.Sessions;
using Research.Engine.Storage;
using Research.Engine.World;
using LivePage = Research.Workbench.Components.Pages.Live;
using Research.Workbench.Hosting;
using Research.Workbench.Live;

namespace Research.Workbench.Tests.Components.Pages;

/// <summary>The Live page against a real model, a real session loop and a real LiteDB store; only the browser is bUnit's.</summary>
[Collection(TorchCollection.Name)]
public sealed class LiveTests : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly TempDirectory _data = new();
    private readonly LiteDbRunStore _store;
    private readonly SessionHost _host = new(TimeProvider.System, 30);
    private readonly SessionRegistry _registry;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly BunitContext _context = new();

    public LiveTests()
    {
        _store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _data.Path });
        _registry = new SessionRegistry(SharedModel.Instance, _host, _store, TimeProvider.System);
        _loop = _host.RunAsync(_stop.Token);
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton(_registry);
        _context.Services.AddSingleton(TimeProvider.System);
    }

    [Fact]
    public void Render_Interactive_StartsSessionAndDrawsFrames()
    {
        var page = RenderPage();

        page.WaitForAssertion(() => Assert.NotEmpty(_context.JSInterop.Invocations["workbench.drawFrame"]), Wait);

        var session = Assert.Single(_registry.Live);
        var draw = _context.JSInterop.Invocations["workbench.drawFrame"][0];
        Assert.Equal(session.Size * session.Size * 3, Assert.IsType<byte[]>(draw.Arguments[1]).Length);
        page.WaitForAssertion(() => Assert.NotEqual("0", page.Find("#frame-counter").TextContent), Wait);
    }

    [Fact]
    public async Task KeyDown_D_SteersRightAndShowsKeyHeld()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Single(_registry.Live), Wait);
        var session = _registry.Live[0];

        // live.js owns the stage's keys (it timestamps presses) and calls the page's [JSInvokable] methods.
        var seq = await page.InvokeAsync(() => page.Instance.KeyDown("KeyD"));

        page.WaitForAssertion(() => Assert.Equal(AgentAction.Right, session.HeldAction), Wait);
        Assert.Contains(page.FindAll(".keys-overlay span.held"), s => s.TextContent == "D");

        Assert.True(seq >= 0);
        await page.InvokeAsync(() => page.Instance.KeyUp("KeyD"));

        page.WaitForAssertion(() => Assert.Equal(AgentAction.Idle, session.HeldAction), Wait);
        Assert.Empty(page.FindAll(".keys-overlay span.held"));
        page.WaitForAssertion(() => Assert.Contains("action right", page.Find("#input-trace").TextContent, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public void Rate_FourStars_StoredWithTheFrameOnScreen()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.NotEqual("0", page.Find("#frame-counter").TextContent), Wait);
        var session = _registry.Live[0];

        page.FindComponents<MudRatingItem>()[3].Find(".mud-rating-item").Click();

        page.WaitForAssertion(() => Assert.Single(session.Log().Ratings), Wait);
        var rating = session.Log().Ratings[0];
        Assert.Equal(4, rating.Score);
        Assert.InRange(rating.Frame, 1, session.Frame);
        Assert.Equal($"rated 4 at frame {rating.Frame}", page.Find("#rated-frame").TextContent);
    }

    [Fact]
    public void Pause_Clicked_StopsFrameCounter()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.NotEqual("0", page.Find("#frame-counter").TextContent), Wait);
        var session = _registry.Live[0];

        page.FindAll("button").Single(b => b.TextContent.Trim() == "Pause").Click();

        page.WaitForAssertion(() => Assert.True(session.Paused), Wait);
        var frame = session.Frame;
        Thread.Sleep(300);
        Assert.Equal(frame, session.Frame);
        page.WaitForAssertion(() => Assert.Equal("paused", page.Find("#live-status").TextContent), Wait);
    }

    [Fact]
    public async Task ReportLatency_ReadingOfAnIssuedInput_StoredWithRunAndShown()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Single(_registry.Live), Wait);
        var session = _registry.Live[0];
        var seq = await page.InvokeAsync(() => page.Instance.KeyDown("KeyW"));

        var accepted = await page.InvokeAsync(() => page.Instance.ReportLatency([new BrowserLatencyReading(seq, 42.4)]));

        Assert.Equal(1, accepted);
        var stored = Assert.Single(_store.GetBrowserLatency(session.RunId!));
        Assert.Equal((seq, 42.4), (stored.Seq, stored.KeyToCanvasMs));
        page.WaitForAssertion(() => Assert.Equal("42 / 42 ms (1)", page.Find("#browser-latency").TextContent), Wait);
    }

    [Fact]
    public async Task ReportLatency_InputNeverIssued_RejectedAndNothingStored()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Single(_registry.Live), Wait);
        var session = _registry.Live[0];

        var accepted = await page.InvokeAsync(() => page.Instance.ReportLatency([new BrowserLatencyReading(10_000, 5)]));

        Assert.Equal(0, accepted);
        Assert.Empty(_store.GetBrowserLatency(session.RunId!));
    }

    [Fact]
    public void Fork_Clicked_StartsRecordedForkAndOpensItsAddress()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.NotEqual("0", page.Find("#frame-counter").TextContent), Wait);
        var parent = _registry.Live[0];

        page.Find("#fork").Click();

        page.WaitForAssertion(() => Assert.Equal(2, _registry.Live.Count), Wait);
        var fork = _registry.Live.Single(s => s != parent);
        page.WaitForAssertion(() => Assert.NotEmpty(_context.JSInterop.Invocations["workbench.open"]), Wait);
        Assert.Equal($"/?session={fork.RunId}", _context.JSInterop.Invocations["workbench.open"][0].Arguments[0]);
        Assert.Equal(parent.RunId, _store.GetRun(fork.RunId!)!.Config["fork_of"]);
    }

    [Fact]
    public void Render_WithForkId_ShowsThatForkAndStartsNoOtherSession()
    {
        var parent = _registry.Start(new SessionOptions());
        var fork = _registry.Fork(parent);
        _context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo($"/?session={fork.RunId}");

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains(fork.RunId!, page.Markup, StringComparison.Ordinal), Wait);
        Assert.Equal(2, _registry.Live.Count);
        Assert.Null(_registry.Claim(fork.RunId));
    }

    [Fact]
    public void Render_WithUnknownForkId_SaysSoAndStartsNothing()
    {
        _context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/?session=no-such-run");

        var page = RenderPage();

        page.WaitForAssertion(() => Assert.Contains("No live fork", page.Find("#live-status").TextContent, StringComparison.Ordinal), Wait);
        Assert.Empty(_registry.Live);
    }

    [Fact]
    public async Task Dispose_Circuit_EndsSessionAndCompletesRun()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Single(_registry.Live), Wait);
        var runId = _registry.Live[0].RunId!;

        await _context.DisposeAsync();

        Assert.Empty(_registry.Live);
        Assert.Equal(RunStatus.Completed, _store.GetRun(runId)!.Status);
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        await _stop.CancelAsync();
        await _loop;
        _registry.Dispose();
        _store.Dispose();
        _stop.Dispose();
        _data.Dispose();
    }

    private IRenderedComponent<LivePage> RenderPage() => _context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<LivePage>(1);
        builder.CloseComponent();
    }).FindComponent<LivePage>();
}
