using System.Globalization;
using Research.Engine.Imaging;
using Research.Engine.Storage;

namespace Research.Engine.Simulation;

/// <summary>
/// Writes a replay into the run store as it goes: per-frame ground-truth metrics and the input trace
/// in committed batches (so a killed process leaves the run readable up to its last flush), key
/// frames as PNG, and a summary at the end. Revisit consistency: the ground-truth agent position at
/// each repeated mark is compared with its first visit.
/// </summary>
public sealed class SimulationRecorder
{
    private readonly IRunStore _store;
    private readonly List<FrameMetrics> _frames = [];
    private readonly List<InputTraceEvent> _inputs = [];
    private readonly Dictionary<string, (float X, float Y)> _firstVisit = [];
    private readonly HashSet<(int, int)> _tilesSeen = [];
    private double _worstRevisitError;
    private int _revisits;
    private int _recorded;

    /// <summary>Records into run <paramref name="runId"/> of <paramref name="store"/>.</summary>
    /// <param name="store">The run store.</param>
    /// <param name="runId">A run created with <see cref="IRunStore.CreateRun"/>.</param>
    /// <param name="flushEvery">Frames per committed batch; default 30 (one second at 30 fps).</param>
    /// <param name="keyFrameEvery">Every how many frames a key frame is stored; 0 for none.</param>
    public SimulationRecorder(IRunStore store, string runId, int flushEvery = 30, int keyFrameEvery = 30)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(flushEvery, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(keyFrameEvery);
        _store = store;
        RunId = runId;
        FlushEvery = flushEvery;
        KeyFrameEvery = keyFrameEvery;
    }

    /// <summary>The run being written.</summary>
    public string RunId { get; }

    /// <summary>Frames per committed batch.</summary>
    public int FlushEvery { get; }

    /// <summary>Key frame interval in frames (0: none).</summary>
    public int KeyFrameEvery { get; }

    /// <summary>The last frame committed to the store, or -1.</summary>
    public long LastFlushedFrame { get; private set; } = -1;

    /// <summary>Adds one frame; commits a batch when <see cref="FlushEvery"/> frames are pending.</summary>
    /// <returns>Whether a batch was committed.</returns>
    public bool Record(SimulatedFrame frame, double timeMs, int size)
    {
        var state = frame.State;
        var index = (int)state.Frame;
        var visible = state.VisibleTiles;
        for (var y = visible.Y0; y <= visible.Y1; y++)
        {
            for (var x = visible.X0; x <= visible.X1; x++)
            {
                _tilesSeen.Add((x, y));
            }
        }
        _frames.Add(new FrameMetrics
        {
            RunId = RunId,
            Frame = index,
            TimeMs = timeMs,
            Values = new Dictionary<string, double>
            {
                ["tick"] = frame.Tick.Index,
                ["agent_x"] = state.Agent.X,
                ["agent_y"] = state.Agent.Y,
                ["camera_x"] = state.CameraX,
                ["camera_y"] = state.CameraY,
                ["active_objects"] = state.Objects.Count(o => o.Active),
                ["tiles_seen"] = _tilesSeen.Count,
            },
        });
        foreach (var input in frame.Inputs)
        {
            _inputs.Add(new InputTraceEvent
            {
                RunId = RunId,
                Seq = input.Sequence,
                Kind = input.Kind,
                Payload = input.Warnings.Count == 0 ? input.Payload : $"{input.Payload} (warnings: {string.Join("; ", input.Warnings)})",
                ReceivedAtMs = timeMs,
                AppliedFrame = (int)input.AppliedFrame,
                FirstOutputFrame = (int)input.AppliedFrame,
            });
            if (input.Kind == "mark")
            {
                TrackRevisit(input.Payload, state.Agent.X, state.Agent.Y);
            }
        }
        if (KeyFrameEvery > 0 && _recorded % KeyFrameEvery == 0)
        {
            _store.SaveKeyFrame(RunId, index, PngEncoder.Encode(frame.Rgb, size, size));
        }
        _recorded++;
        if (_frames.Count < FlushEvery)
        {
            return false;
        }
        Flush();
        return true;
    }

    /// <summary>Commits pending frames and inputs.</summary>
    public void Flush()
    {
        if (_inputs.Count > 0)
        {
            _store.AppendInputs([.. _inputs]);
            _inputs.Clear();
        }
        if (_frames.Count > 0)
        {
            _store.AppendFrames([.. _frames]);
            LastFlushedFrame = _frames[^1].Frame;
            _frames.Clear();
        }
    }

    /// <summary>Flushes, writes the summary and closes the run with <paramref name="status"/>.</summary>
    public IReadOnlyDictionary<string, double> Complete(RunStatus status, int ticks, DateTimeOffset now, string? error = null)
    {
        Flush();
        var values = new Dictionary<string, double>
        {
            ["frames"] = _recorded,
            ["ticks"] = ticks,
            ["paused_ticks"] = ticks - _recorded,
            ["tiles_seen"] = _tilesSeen.Count,
            ["revisits"] = _revisits,
            ["revisit_position_error_max"] = _worstRevisitError,
        };
        _store.WriteSummary(new KpiSummary { RunId = RunId, Partial = false, Frame = (int)Math.Max(0, LastFlushedFrame), WrittenAt = now, Values = values });
        _store.CompleteRun(RunId, status, error);
        return values;
    }

    private void TrackRevisit(string label, float x, float y)
    {
        if (_firstVisit.TryGetValue(label, out var first))
        {
            _revisits++;
            _worstRevisitError = Math.Max(_worstRevisitError, Math.Sqrt(Math.Pow(x - first.X, 2) + Math.Pow(y - first.Y, 2)));
        }
        else
        {
            _firstVisit[label] = (x, y);
        }
    }

    /// <summary>Formats a summary value for tables.</summary>
    public static string Format(double value) => value.ToString(Math.Abs(value % 1) < 1e-9 ? "0" : "0.###", CultureInfo.InvariantCulture);
}
