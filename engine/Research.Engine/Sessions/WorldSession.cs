using System.Collections.Concurrent;
using System.Diagnostics;
using Research.Engine.Kpis;
using Research.Engine.Metrics;
using Research.Engine.Models;
using Research.Engine.World;

namespace Research.Engine.Sessions;

/// <summary>
/// A live world: the world model generates a frame per tick from the user's steering, and the ground-truth world runs
/// beside it as a shadow on exactly the same inputs, so drift is known at every frame. Inputs may come from any thread
/// and apply at the next frame; frames go to every subscriber; everything is traced and, with a recorder, stored.
/// </summary>
/// <remarks>
/// One thread drives the session (<see cref="Tick"/>, or a <see cref="SessionHost"/>); <see cref="Submit"/>,
/// <see cref="Subscribe"/>, <see cref="RecentInputs"/> and <see cref="Kpis"/> are safe from any thread. The same model,
/// options, seed and inputs at the same frames give the same frames.
/// </remarks>
public sealed partial class WorldSession : IDisposable
{
    private readonly Lock _gate = new();
    private readonly WorldModel _model;
    private readonly TimeProvider _time;
    private readonly long _startTimestamp;
    private readonly ConcurrentQueue<Queued> _queue = new();
    private readonly List<Queued> _deferred = [];
    private readonly InputTrace _trace;
    private readonly FrameBroadcaster _broadcaster = new();
    private readonly FrameRenderer _renderer = new();
    private readonly DriftEstimator _estimator;
    private readonly SessionRecorder? _recorder;
    private readonly SessionLogBuilder _log;
    private readonly ModelRollout _rollout;
    private WorldSimulator _shadow;
    private DriftSeries _drift;
    private AgentAction _held;
    private IReadOnlyList<int> _tokens;
    private volatile string? _prompt;
    private byte[] _lastModel;
    private int _pending;
    private int _steps;
    private int _drifting;
    private long _lastAutoReset;
    private long _lastInputSeq = -1;
    private double _lastDeliveredMs;
    private int _softResetLeft;
    private bool _disposed;

    /// <summary>Starts a session of <paramref name="model"/> (which it shares, never owns) on a new world.</summary>
    /// <param name="model">The world model; several sessions may share one.</param>
    /// <param name="options">How the session starts and runs; validated here.</param>
    /// <param name="time">The clock (default: the system's); tests and headless replays pass their own.</param>
    /// <param name="recorder">Where the run goes, or <see langword="null"/> to keep it in memory only.</param>
    /// <exception cref="ArgumentException">An option is wrong; the message names it.</exception>
    public WorldSession(WorldModel model, SessionOptions options, TimeProvider? time = null, SessionRecorder? recorder = null)
    {
        options.Validate();
        _model = model;
        Options = options;
        _time = time ?? TimeProvider.System;
        _startTimestamp = _time.GetTimestamp();
        _recorder = recorder;
        _trace = new InputTrace();
        _log = new SessionLogBuilder(options.TargetFps);
        _estimator = new DriftEstimator();
        _rollout = new ModelRollout(model, options.Mode);
        (_shadow, _drift, _tokens, _lastModel) = (null!, null!, [], []);
        NewWorld(options.Seed);
    }

    /// <summary>The options the session started with (the mode may have been switched since: see <see cref="Mode"/>).</summary>
    public SessionOptions Options { get; }

    /// <summary>The run the session is stored as, if it is recorded.</summary>
    public string? RunId => _recorder?.RunId;

    /// <summary>Frames delivered so far; the next frame gets this number plus one.</summary>
    public long Frame { get; private set; }

    /// <summary>Whether the session is paused.</summary>
    public bool Paused { get; private set; }

    /// <summary>The quality mode frames are generated in now.</summary>
    public QualityMode Mode => _rollout.Mode;

    /// <summary>Base frame side in pixels (the shadow's and the model's input size).</summary>
    public int Size => _rollout.Size;

    /// <summary>The prompt in effect (applied to a frame), or null; see <see cref="SessionFrame.Prompt"/>.</summary>
    public string? Prompt => _prompt;

    /// <summary>The action the agent holds.</summary>
    public AgentAction HeldAction => _held;

    /// <summary>Milliseconds since the session started, on its clock.</summary>
    public double NowMs => _time.GetElapsedTime(_startTimestamp).TotalMilliseconds;

    /// <summary>
    /// Frames so far whose model output was a numerical fault (a uniform frame beside a non-uniform truth); the session
    /// re-anchored on the shadow's frame after each. Also in <see cref="Log"/> and the stored series <c>numerical_fault</c>.
    /// </summary>
    public int NumericalFaults
    {
        get
        {
            lock (_gate)
            {
                return _log.NumericalFaults.Count;
            }
        }
    }

    internal ModelRollout Rollout => _rollout;

    /// <summary>Held by whoever runs a frame cycle, forks or ends the session.</summary>
    internal Lock Gate => _gate;

    /// <summary>Subscribes to the frame stream; a consumer that falls more than <paramref name="capacity"/> frames behind loses the oldest.</summary>
    public SessionSubscription Subscribe(int capacity = 1) => _broadcaster.Subscribe(capacity);

    /// <summary>The newest inputs of the trace (at most <see cref="SessionOptions.TraceCapacity"/>), oldest first.</summary>
    public IReadOnlyList<InputSample> RecentInputs() => _trace.Recent(Options.TraceCapacity);

    /// <summary>The whole log so far: frames, inputs, ratings, revisits, switches, injections and resets.</summary>
    public SessionLog Log()
    {
        lock (_gate)
        {
            return _log.Build(_trace.All(), NowMs);
        }
    }

    /// <summary>The KPIs of the session so far.</summary>
    public SessionKpis Kpis() => KpiCalculator.Compute(Log(), new KpiOptions());

    /// <summary>
    /// Generates the frame due at <paramref name="deadline"/> (a timestamp of the session's clock; default now): applies
    /// the inputs received since the last frame, steps the shadow and the model, measures, delivers and records.
    /// </summary>
    /// <returns>The frame, or <see langword="null"/> when the session is paused (or disposed) and no frame is due.</returns>
    public SessionFrame? Tick(long? deadline = null)
    {
        var due = deadline ?? _time.GetTimestamp();
        lock (_gate)
        {
            if (Begin(due) is not { } plan)
            {
                return null;
            }
            var clock = Stopwatch.StartNew();
            var rgb = _rollout.Step(plan.Action, plan.Tokens);
            return End(plan, rgb, clock.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>
    /// A second session branched from this one now: the same world, model state, held action, prompt, frame count and
    /// input trace, so both give identical frames until their inputs differ. It shares the model and has its own run.
    /// </summary>
    /// <param name="recorder">Where the branch's run goes, if anywhere.</param>
    public WorldSession Fork(SessionRecorder? recorder = null)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return new WorldSession(this, recorder);
        }
    }

    /// <summary>Ends the session: the stream completes for every subscriber, and a recorded run is flushed and completed.</summary>
    public void Dispose() => End(Storage.RunStatus.Completed);

    /// <summary>Ends the session like <see cref="Dispose"/>, with the run stored as <paramref name="status"/>.</summary>
    /// <exception cref="Storage.RunStoreException">The store failed while the session ran or at the end.</exception>
    public void End(Storage.RunStatus status, string? error = null)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            _broadcaster.Complete();
            _rollout.Dispose();
            Flush(final: true, status, error);
        }
    }

    private void NewWorld(int seed)
    {
        _shadow = new WorldSimulator(new WorldOptions { Seed = seed, Explore = Options.Explore }, ScenePresets.Get(Options.Preset));
        _tokens = PromptParser.Parse(Options.Preset, ScenePresets.Default).Tokens;
        // A hard reset is a new world as the session started: its preset and prompt, not those switched to since.
        _prompt = Options.Prompt;
        if (Options.Prompt is { } prompt)
        {
            var parsed = PromptParser.Parse(prompt, _shadow.Scene);
            (_shadow.Scene, _tokens) = (parsed.Scene, parsed.Tokens);
        }
        var first = _renderer.Render(_shadow, Size);
        _rollout.Start(first, _shadow.Agent);
        _estimator.Anchor(first, Size);
        _drift = new DriftSeries(Size);
        _lastModel = first;
        _held = AgentAction.Idle;
    }

    private sealed record Queued(long Seq, SessionInput Input, object? Parsed);
}
