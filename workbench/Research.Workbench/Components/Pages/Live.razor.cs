using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Research.Engine.Reports;
using Microsoft.JSInterop;
using Research.Engine.Models;
using Research.Engine.Sessions;
using Research.Engine.World;
using Research.Workbench.Hosting;
using Research.Workbench.Live;
using SessionOptions = Research.Engine.Sessions.SessionOptions;

namespace Research.Workbench.Components.Pages;

/// <summary>
/// The live world of this circuit: a session started when the page becomes interactive (or a fork claimed by its run
/// id, <c>/?session=&lt;id&gt;</c>) and ended with the circuit, or a few seconds after its connection drops
/// (<see cref="LiveCircuit"/>). Frames go to canvases as they come (one in flight at a time); the text around them
/// renders at 4 Hz, the latency chart at 2 Hz and the drift charts at 1 Hz.
/// </summary>
/// <remarks>
/// The preset and mode boxes show what the frame on screen was made with (after a hard reset: the session's starting
/// preset), except for a choice made here that no frame carries yet. A preset switch drops a prompt in effect; the
/// session's warning says so beside the prompt box, which keeps the text to send again.
/// </remarks>
public sealed partial class Live
{
    private const int RecentInputRows = 8;
    private const int ChartFeedCapacity = 64;
    private const int ChartsAfterRenders = 10;
    private static readonly TimeSpan RenderPeriod = TimeSpan.FromMilliseconds(250);
    private readonly CancellationTokenSource _stop = new();
    private readonly SteeringKeys _keys = new();
    private readonly LiveCharts _charts = new();
    private readonly BrowserLatencyLog _browserLatency = new();
    private DotNetObjectReference<Live>? _self;
    private LineChart? _latencyChart;
    private LineChart? _shadowChart;
    private LineChart? _driftChart;
    private string? _forkUrl;
    private long _browserDrawn;
    private long _browserDrawnAt;
    private double? _browserFps;
    private bool _forking;
    private RateMeter _sent = null!;
    private WorldSession? _session;
    private int _rating;
    private long? _ratedFrame;
    private SessionSubscription? _subscription;
    private SessionSubscription? _chartFeed;
    private SessionFrame? _last;
    private ElementReference _stage;
    private ElementReference _modelCanvas;
    private ElementReference _truthCanvas;
    private ElementReference _errorCanvas;
    private long _lastInput;
    private bool _showShadow = true;
    private string _preset = "meadow";
    private string _mode = QualityMode.Fast.Name;
    private string? _prompt;
    private string? _message;
    private string? _startError;
    private long _settingSeq = -1;
    private bool _ended;

    /// <summary>The run id of a fork to show instead of starting a new session (from <c>?session=</c>).</summary>
    [SupplyParameterFromQuery(Name = "session")]
    public string? SessionId { get; set; }

    [Inject] private SessionRegistry Registry { get; set; } = null!;

    [Inject] private IJSRuntime Js { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    [Inject] private LiveCircuit Circuit { get; set; } = null!;

    private bool Paused => _session?.Paused ?? false;

    private string Status => _startError
        ?? (_ended ? "ended (its connection dropped, or the workbench stopped); reload for a new session" : _session is null ? "starting…" : Paused ? "paused" : "live");

    /// <summary>The newest inputs, newest first (read when the page renders, at 4 Hz).</summary>
    private IEnumerable<Research.Engine.Kpis.InputSample> RecentInputs =>
        _session is null ? [] : _session.RecentInputs().Reverse().Take(RecentInputRows);

    private string BrowserLatency => _browserLatency.Percentiles() is { } p
        ? $"{p.P50:0} / {p.P95:0} ms ({_browserLatency.Count})"
        : "-";

    private string SinceLastInput => _lastInput == 0 ? "-" : $"{Time.GetElapsedTime(_lastInput).TotalSeconds:0.0} s";

    /// <inheritdoc />
    protected override void OnInitialized() => _sent = new RateMeter(Time);

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }
        if (SessionId is not null)
        {
            // The id comes from the address bar: the registry checks it, and only an unclaimed fork is handed out.
            _session = Registry.Claim(SessionId);
            if (_session is null)
            {
                _startError = "No live fork with that id is waiting: it ended, is open in another tab, or the id is wrong.";
                StateHasChanged();
                return;
            }
            (_preset, _mode) = (_session.Options.Preset, _session.Mode.Name);
        }
        else
        {
            try
            {
                // Loading the model the first time takes a few seconds: keep it off the circuit's thread.
                _session = await Task.Run(() => Registry.Start(new SessionOptions { Preset = _preset }));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or Research.Engine.Models.CheckpointException)
            {
                _startError = $"could not start: {e.Message}";
                StateHasChanged();
                return;
            }
        }
        // The circuit ends it a few seconds after the tab's connection drops, not minutes later when Blazor gives up.
        Circuit.Own(_session);
        _subscription = _session.Subscribe(1);
        // The charts take every frame (the canvas may skip some): a deep queue drained at each render.
        _chartFeed = _session.Subscribe(ChartFeedCapacity);
        _ = PumpFramesAsync(_subscription, _stop.Token);
        _ = RenderOnTimerAsync(_stop.Token);
        _self = DotNetObjectReference.Create(this);
        await Js.InvokeVoidAsync("workbench.attach", _stage, _self);
    }

    private async Task PumpFramesAsync(SessionSubscription subscription, CancellationToken token)
    {
        try
        {
            await foreach (var frame in subscription.Frames.ReadAllAsync(token))
            {
                _last = frame;
                var shadow = _showShadow;
                var error = shadow ? ErrorMap.Compute(frame.Model, frame.ModelSize, frame.Truth, frame.Size) : [];
                // Awaiting the hand-over is what drops frames: the subscription keeps only the newest while one is on its way.
                await InvokeAsync(() => Js.InvokeVoidAsync("workbench.drawFrame", token,
                    _modelCanvas, frame.Model, frame.ModelSize, _truthCanvas, shadow ? frame.Truth : [], _errorCanvas, error, frame.Size, frame.LastInputSeq).AsTask());
                _sent.Tick();
            }
            // The stream ended without the page asking: the session was ended for it (LiveCircuit, or the app stopping).
            _ended = !token.IsCancellationRequested;
            await InvokeAsync(StateHasChanged);
        }
        catch (Exception e) when (e is OperationCanceledException or JSDisconnectedException or ObjectDisposedException or TaskCanceledException)
        {
            // The circuit is going away.
        }
    }

    private async Task RenderOnTimerAsync(CancellationToken token)
    {
        using var timer = new PeriodicTimer(RenderPeriod, Time);
        var renders = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(token))
            {
                var tick = renders++ % 4;
                await InvokeAsync(() =>
                {
                    while (_chartFeed?.Frames.TryRead(out var frame) == true)
                    {
                        _charts.Add(frame);
                    }
                    ShowSettingInEffect();
                    // The world first: the charts (and loading plotly.js, a few hundred ms of the browser's main
                    // thread on a slow machine) wait until the page has been interactive for a moment.
                    if (renders <= ChartsAfterRenders)
                    {
                        StateHasChanged();
                        return;
                    }
                    // One chart per render, never all three at once: each plotly.js redraw holds the browser's main
                    // thread (the canvas's too) for a while, so they are spread out, latency at 2 Hz, drift at 1 Hz.
                    if (tick is 0 or 2 || _latencyChart is null)
                    {
                        _latencyChart = _charts.Latency();
                    }
                    if (tick == 1 || _shadowChart is null)
                    {
                        _shadowChart = _charts.ShadowError();
                    }
                    if (tick == 3 || _driftChart is null)
                    {
                        _driftChart = _charts.Drift();
                    }
                    StateHasChanged();
                });
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private string KeyClass(AgentAction action) => _keys.IsHeld(action) ? "held" : "";

    /// <summary>
    /// Sets the preset and mode boxes to what the newest frame was made with, once it carries every setting sent from
    /// here (until then the box keeps the choice just made, rather than flick back).
    /// </summary>
    private void ShowSettingInEffect()
    {
        if (_last is { } frame && frame.LastInputSeq >= _settingSeq)
        {
            (_preset, _mode) = (frame.Preset, frame.Mode);
        }
    }

    private void Control(InputKind kind) => Send(SessionInput.Control(kind));

    /// <summary>Stores a 1-5 consistency rating with the frame on screen when it was given.</summary>
    private void Rate(int score)
    {
        var frame = _last?.Frame ?? 0;
        (_rating, _ratedFrame) = (score, frame);
        Send(SessionInput.Rate(score, frame));
    }

    private void OnPresetChanged(string name)
    {
        _preset = name;
        SendSetting(SessionInput.Preset(name));
    }

    private void OnModeChanged(string name)
    {
        _mode = name;
        SendSetting(SessionInput.Mode(name));
    }

    private void OnPromptKey(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            SendPrompt();
        }
    }

    private void SendPrompt()
    {
        if (!string.IsNullOrWhiteSpace(_prompt))
        {
            // A prompt may name a preset: the preset box waits for the frame that carries it.
            SendSetting(SessionInput.Prompt(_prompt.Trim()));
        }
    }

    /// <summary>Sends an input that changes the preset, mode or prompt in effect (a hard reset does too).</summary>
    private void SendSetting(SessionInput input)
    {
        if (Send(input) is var seq and >= 0)
        {
            _settingSeq = seq;
        }
    }

    private long Send(SessionInput input)
    {
        if (_session is null)
        {
            return -1;
        }
        // The session validates every input server-side; a rejection comes back as a message, never an exception.
        var receipt = _session.Submit(input);
        _lastInput = Time.GetTimestamp();
        // Steering keys come many a second: one that went through does not wipe what a setting's warning said.
        if (input.Kind != InputKind.Action || receipt.Error is not null)
        {
            _message = receipt.Error ?? (receipt.Warnings.Count > 0 ? string.Join("; ", receipt.Warnings) : null);
        }
        return receipt.Accepted ? receipt.Seq : -1;
    }

    /// <summary>Ends the session (its run is completed) when the circuit ends.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _subscription?.Dispose();
        _chartFeed?.Dispose();
        await DetachAsync();
        if (_session is { } session)
        {
            // Ending flushes the run to disk: not on the circuit's thread.
            await Task.Run(() => Registry.End(session));
        }
        _stop.Dispose();
        _self?.Dispose();
    }
}
