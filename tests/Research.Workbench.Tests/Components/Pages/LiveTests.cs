using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Extensions;
using MudBlazor.Services;
using Research.Engine.Sessions;
using Research.Engine.Storage;
using Research.Engine.World;
using LivePage = Research.Workbench.Components.Pages.Live;
using Research.Workbench.Hosting;
using Research.Workbench.Live;

namespace Research.Workbench.Tests.Components.Pages;

/// <summary>
/// The Live page against a real (small, untrained) model, a real session loop and a real LiteDB store; only the browser
/// is bUnit's. The circuit handler's clock is a fake one, so a dropped connection's grace can be run through.
/// </summary>
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
    private readonly FakeTimeProvider _circuitTime = new();

    public LiveTests()
    {
        _store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _data.Path });
        _registry = new SessionRegistry(SmallModel.Instance, _host, _store, TimeProvider.System);
        _loop = _host.RunAsync(_stop.Token);
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton(_registry);
        _context.Services.AddSingleton(TimeProvider.System);
        _context.Services.AddScoped(_ => new LiveCircuit(_registry, _circuitTime));
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

    [Fact]
    public void Render_LiveSession_ShowsItsNumericalFaultCount()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.NotEqual("0", page.Find("#frame-counter").TextContent), Wait);

        Assert.Equal(_registry.Live[0].NumericalFaults.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("#numerical-faults").TextContent);
    }

    [Fact]
    public async Task Reset_AfterPresetChange_PresetBoxShowsTheStartingPresetAgain()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.NotEqual("0", page.Find("#frame-counter").TextContent), Wait);
        var preset = Select(page, "Preset");
        await page.InvokeAsync(() => preset.Instance.ValueChanged.InvokeAsync("desert"));
        page.WaitForAssertion(() => Assert.Equal("desert", page.Find("#preset-in-effect").TextContent), Wait);
        Assert.Equal("desert", preset.Instance.GetState(x => x.Value));

        page.Find("#reset").Click();

        // The session's hard reset rebuilds the world it started with: the box follows the world, not the last choice.
        page.WaitForAssertion(() => Assert.Equal("meadow", page.Find("#preset-in-effect").TextContent), Wait);
        page.WaitForAssertion(() => Assert.Equal("meadow", preset.Instance.GetState(x => x.Value)), Wait);
        Assert.Equal("none", page.Find("#prompt-in-effect").TextContent);
    }

    [Fact]
    public async Task PresetChange_WithPromptInEffect_SaysThePromptIsDroppedAndShowsNone()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.NotEqual("0", page.Find("#frame-counter").TextContent), Wait);
        var prompt = page.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Prompt");
        await page.InvokeAsync(() => prompt.Instance.ValueChanged.InvokeAsync("rainy night"));
        page.Find("#send-prompt").Click();
        page.WaitForAssertion(() => Assert.Equal("rainy night", page.Find("#prompt-in-effect").TextContent), Wait);

        var preset = Select(page, "Preset");
        await page.InvokeAsync(() => preset.Instance.ValueChanged.InvokeAsync("snow"));

        Assert.Contains("the prompt 'rainy night' no longer applies", page.Find("#live-message").TextContent, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal("none", page.Find("#prompt-in-effect").TextContent), Wait);
        Assert.Equal("snow", page.Find("#preset-in-effect").TextContent);
        // The text stays in the box, to send again on the new preset; a steering key does not wipe the warning.
        Assert.Equal("rainy night", prompt.Instance.GetState(x => x.Value));
        await page.InvokeAsync(() => page.Instance.KeyDown("KeyD"));
        Assert.Contains("no longer applies", page.Find("#live-message").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionDown_NotBackWithinGrace_SessionEndedAndPageSaysSo()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.NotEqual("0", page.Find("#frame-counter").TextContent), Wait);
        var runId = _registry.Live[0].RunId!;
        var circuit = _context.Services.GetRequiredService<LiveCircuit>();

        await circuit.OnConnectionDownAsync(null!, Xunit.TestContext.Current.CancellationToken);
        _circuitTime.Advance(LiveCircuit.DisconnectGrace - TimeSpan.FromSeconds(1));
        Assert.Single(_registry.Live);
        _circuitTime.Advance(TimeSpan.FromSeconds(2));

        Assert.Empty(_registry.Live);
        Assert.Equal(RunStatus.Completed, _store.GetRun(runId)!.Status);
        page.WaitForAssertion(() => Assert.StartsWith("ended", page.Find("#live-status").TextContent, StringComparison.Ordinal), Wait);
    }

    [Fact]
    public async Task ConnectionDown_BackWithinGrace_SessionKeepsRunning()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => Assert.Single(_registry.Live), Wait);
        var session = _registry.Live[0];
        var circuit = _context.Services.GetRequiredService<LiveCircuit>();

        await circuit.OnConnectionDownAsync(null!, Xunit.TestContext.Current.CancellationToken);
        _circuitTime.Advance(TimeSpan.FromSeconds(2));
        await circuit.OnConnectionUpAsync(null!, Xunit.TestContext.Current.CancellationToken);
        _circuitTime.Advance(LiveCircuit.DisconnectGrace * 10);

        Assert.Same(session, Assert.Single(_registry.Live));
        var frame = session.Frame;
        page.WaitForAssertion(() => Assert.True(session.Frame > frame), Wait);
        Assert.Equal("live", page.Find("#live-status").TextContent);
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

    private static IRenderedComponent<MudSelect<string>> Select(IRenderedComponent<LivePage> page, string label) =>
        page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == label);

    private IRenderedComponent<LivePage> RenderPage() => _context.Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<LivePage>(1);
        builder.CloseComponent();
    }).FindComponent<LivePage>();
}
