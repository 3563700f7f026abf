using Research.Engine.Imaging;
using Research.Engine.Kpis;
using Research.Engine.Metrics;
using Research.Engine.Storage;

namespace Research.Engine.Sessions;

/// <summary>Controls, recording and forking.</summary>
public sealed partial class WorldSession
{
    private readonly List<FrameMetrics> _unflushed = [];

    private WorldSession(WorldSession source, SessionRecorder? recorder)
    {
        _model = source._model;
        Options = source.Options with { Mode = source.Mode };
        _time = source._time;
        _startTimestamp = source._startTimestamp;
        _recorder = recorder;
        _trace = source._trace.Copy();
        _log = source._log.Copy();
        _estimator = source._estimator.Clone();
        _rollout = source._rollout.Fork();
        _shadow = source._shadow.Clone();
        _drift = source._drift.Clone();
        (_held, _tokens, _lastModel, _prompt) = (source._held, source._tokens, source._lastModel, source._prompt);
        (Frame, Paused, _steps, _lastDeliveredMs) = (source.Frame, source.Paused, source._steps, source._lastDeliveredMs);
        _deferred.AddRange(source._deferred);
        _lastInputSeq = source._lastInputSeq;
        _pending = source._deferred.Count;
    }

    /// <summary>Counts frame deadlines the driving loop missed (it skips them rather than falling further behind).</summary>
    internal void MissedDeadlines(long count)
    {
        lock (_gate)
        {
            _log.DroppedFrames += count;
            if (!Paused)
            {
                // The mode in force then made the loop miss them (or shared the loop with one that did).
                _log.Modes.Missed(_rollout.Mode.Name, count);
            }
        }
    }

    private List<Queued> Drain()
    {
        var items = new List<Queued>(_deferred);
        _deferred.Clear();
        while (_queue.TryDequeue(out var item))
        {
            items.Add(item);
        }
        return items;
    }

    /// <summary>Applies a control input at once; false for inputs that apply with the next generated frame.</summary>
    private bool ApplyControl(Queued item, long next, double nowMs)
    {
        switch (item.Input.Kind)
        {
            case InputKind.Pause:
                Paused = true;
                _steps = 0;
                break;
            case InputKind.Resume:
                Paused = false;
                break;
            case InputKind.Step:
                _steps += Paused ? 1 : 0;
                break;
            case InputKind.Reset:
                _log.ResetTimesMs.Add(nowMs);
                NewWorld((int)item.Parsed!);
                break;
            case InputKind.Rate:
                var (score, frame) = ((int, long?))item.Parsed!;
                var rated = Math.Clamp(frame ?? Frame, 0, Frame);
                _log.Ratings.Add(new RatingSample(rated, score, nowMs));
                _trace.Applied(item.Seq, rated);
                _trace.Delivered([item.Seq], nowMs);
                return true;
            default:
                return false;
        }
        _trace.Applied(item.Seq, next);
        _trace.Delivered([item.Seq], nowMs);
        return true;
    }

    private void AutoReset(double estimate)
    {
        if (Options.AutoReset is not { } policy)
        {
            return;
        }
        _drifting = estimate > policy.Threshold ? _drifting + 1 : 0;
        if (_drifting >= policy.HoldFrames && Frame - _lastAutoReset >= policy.MinGapFrames)
        {
            Submit(new SessionInput(InputKind.SoftReset, "auto"));
            (_drifting, _lastAutoReset) = (0, Frame);
        }
    }

    private void Record(SessionFrame frame, byte[] model, bool numericalFault)
    {
        if (_recorder is null)
        {
            return;
        }
        var values = new Dictionary<string, double>
        {
            ["psnr"] = frame.Psnr, ["ssim"] = frame.Ssim, ["latency_ms"] = frame.LatencyMs, ["drift_estimate"] = frame.DriftEstimate,
            ["motion_delta"] = _log.Frames[^1].MotionDelta, ["soft_reset"] = frame.SoftReset ? 1 : 0,
        };
        if (numericalFault)
        {
            values["numerical_fault"] = 1;
        }
        if (frame.AgentError is { } error)
        {
            values["agent_error"] = error;
        }
        _unflushed.Add(new FrameMetrics { RunId = _recorder.RunId, Frame = (int)frame.Frame, TimeMs = frame.TimeMs, Values = values });
        if (Options.KeyFrameEvery > 0 && frame.Frame % Options.KeyFrameEvery == 0)
        {
            var (runId, number, size, truth) = (_recorder.RunId, (int)frame.Frame, Size, frame.Truth);
            _recorder.Enqueue(store =>
            {
                var (rgb, width, height) = FrameStrip.Compose([model, truth, ImageQuality.ErrorMap(model, truth, size)], size, 3);
                store.SaveKeyFrame(runId, number, PngEncoder.Encode(rgb, width, height));
            });
        }
        if (frame.Frame % Options.FlushEveryFrames == 0)
        {
            Flush(final: false, RunStatus.Running, null);
        }
        if (frame.Frame % Options.SummaryEveryFrames == 0)
        {
            WriteSummary(partial: true);
        }
    }

    private void Flush(bool final, RunStatus status, string? error)
    {
        if (_recorder is null)
        {
            return;
        }
        if (_unflushed.Count > 0)
        {
            var frames = _unflushed.ToArray();
            _recorder.Enqueue(store => store.AppendFrames(frames));
            _unflushed.Clear();
        }
        var inputs = _trace.TakeFinal(_recorder.RunId, all: final);
        if (inputs.Count > 0)
        {
            _recorder.Enqueue(store => store.AppendInputs(inputs));
        }
        if (final)
        {
            WriteSummary(partial: false);
            _recorder.Finish(status, error);
        }
    }

    private void WriteSummary(bool partial)
    {
        var (log, runId, frame) = (_log.Build(_trace.All(), NowMs), _recorder!.RunId, (int)Frame);
        if (_log.Modes.ToUse(Options.TargetFps) is { Count: > 0 } modes)
        {
            _recorder.Enqueue(store => store.SetModes(runId, modes));
        }
        _recorder.Enqueue(store =>
        {
            var values = new Dictionary<string, double>(KpiCalculator.Compute(log, new KpiOptions()).ToValues())
            {
                ["frames"] = frame,
            };
            store.WriteSummary(new KpiSummary { RunId = runId, Partial = partial, Frame = frame, Values = values });
        });
    }
}
