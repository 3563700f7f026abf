using LiteDB;

namespace Research.Engine.Storage;

/// <summary>Time series of a run: frame metrics, input events and KPI summaries.</summary>
public sealed partial class LiteDbRunStore
{
    /// <inheritdoc />
    public void AppendFrames(IReadOnlyList<FrameMetrics> batch)
    {
        var runId = SingleRunOf(batch, frame => frame.RunId, nameof(batch));
        if (runId is null)
        {
            return;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].Frame < 0 || (i > 0 && batch[i].Frame <= batch[i - 1].Frame))
            {
                throw new ArgumentException($"Frames in a batch must be non-negative and increasing; frame {batch[i].Frame} at position {i} is not.", nameof(batch));
            }
            FiniteValues.Require(batch[i].TimeMs, $"TimeMs of frame {batch[i].Frame}", nameof(batch));
        }
        Transaction("appending frames", () =>
        {
            var run = RequireRunning(runId);
            if (batch[0].Frame <= run.LastFrame)
            {
                throw new ArgumentException($"Run '{run.Id}' already has frames up to {run.LastFrame}; the batch starts at frame {batch[0].Frame}.", nameof(batch));
            }
            _frames.Insert(batch.Select(frame => frame with { RunId = run.Id, Values = FiniteValues.WithoutNonFinite(frame.Values) }));
            // Same transaction as the frames: after a crash LastFrame never points past what the file holds.
            _runs.Update(run with { LastFrame = batch[^1].Frame, StartedAt = run.StartedAt ?? Now() });
            return true;
        });
    }

    /// <inheritdoc />
    public void AppendInputs(IReadOnlyList<InputTraceEvent> batch)
    {
        var runId = SingleRunOf(batch, input => input.RunId, nameof(batch));
        if (runId is null)
        {
            return;
        }
        if (batch.FirstOrDefault(input => input.Seq < 0) is { } negative)
        {
            throw new ArgumentException($"Input sequence numbers must be non-negative; {negative.Seq} is not.", nameof(batch));
        }
        Transaction("appending inputs", () =>
        {
            var run = RequireRunning(runId);
            _inputs.Insert(batch.Select(input => input with { RunId = run.Id }));
            return true;
        });
    }

    /// <inheritdoc />
    public void AppendBrowserLatency(IReadOnlyList<BrowserLatencySample> batch)
    {
        var runId = SingleRunOf(batch, sample => sample.RunId, nameof(batch));
        if (runId is null)
        {
            return;
        }
        if (batch.FirstOrDefault(sample => sample.Seq < 0 || !double.IsFinite(sample.KeyToCanvasMs) || sample.KeyToCanvasMs < 0) is { } bad)
        {
            throw new ArgumentException($"Browser latency samples need a non-negative sequence number and a finite, non-negative time; seq {bad.Seq} with {bad.KeyToCanvasMs} ms is not.", nameof(batch));
        }
        Transaction("appending browser latency", () =>
        {
            var run = RequireRunning(runId);
            _browserLatency.Insert(batch.Select(sample => sample with { RunId = run.Id }));
            return true;
        });
    }

    /// <inheritdoc />
    public KpiSummary WriteSummary(KpiSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        RunIds.Validate(summary.RunId, nameof(summary));
        return Transaction("writing a summary", () =>
        {
            var stored = summary with { RunId = RequireRun(summary.RunId).Id, WrittenAt = Now(), Values = FiniteValues.WithoutNonFinite(summary.Values) };
            _summaries.Insert(stored);
            return stored;
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<FrameMetrics> GetFrames(string runId, int? fromFrame = null, int? toFrame = null)
    {
        var from = Math.Max(fromFrame ?? 0, 0);
        var to = toFrame ?? int.MaxValue;
        if (!RunIds.IsValid(runId) || to < from)
        {
            return [];
        }
        // The RunFrame index is ordered by run, then frame: the range scan returns frames in order without sorting.
        return Locked("reading frames", () => (IReadOnlyList<FrameMetrics>)_frames.Find(FramesOf(runId, from, to)).ToList());
    }

    /// <inheritdoc />
    public IReadOnlyList<InputTraceEvent> GetInputs(string runId) => RunIds.IsValid(runId)
        ? Locked("reading inputs", () => (IReadOnlyList<InputTraceEvent>)_inputs.Find(InputsOf(runId)).ToList())
        : [];

    /// <inheritdoc />
    public IReadOnlyList<BrowserLatencySample> GetBrowserLatency(string runId) => RunIds.IsValid(runId)
        ? Locked("reading browser latency", () => (IReadOnlyList<BrowserLatencySample>)_browserLatency.Find(InputsOf(runId)).ToList())
        : [];

    /// <inheritdoc />
    public IReadOnlyList<KpiSummary> GetSummaries(string runId) => RunIds.IsValid(runId)
        ? Locked("reading summaries", () => (IReadOnlyList<KpiSummary>)SummariesOf(runId).OrderBy("_id").ToList())
        : [];

    /// <inheritdoc />
    public KpiSummary? GetLatestSummary(string runId) => RunIds.IsValid(runId)
        ? Locked("reading the latest summary", () => SummariesOf(runId).OrderByDescending("_id").Limit(1).FirstOrDefault())
        : null;

    // Summaries get sequential Int64 ids, so id order is write order even when two share a millisecond.
    private ILiteQueryable<KpiSummary> SummariesOf(string runId) => _summaries.Query().Where("$.RunId = @0", runId);

    private RunDocument RequireRunning(string runId)
    {
        var run = RequireRun(runId);
        return run.Status == RunStatus.Running
            ? run
            : throw new InvalidOperationException($"Run '{run.Id}' has ended as {run.Status}; data can only be appended while it is running.");
    }

    private static string? SingleRunOf<T>(IReadOnlyList<T> batch, Func<T, string> runIdOf, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(batch, parameterName);
        if (batch.Count == 0)
        {
            return null;
        }
        var runId = runIdOf(batch[0]);
        RunIds.Validate(runId, parameterName);
        if (batch.Any(item => !string.Equals(runIdOf(item), runId, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"A batch belongs to one run; this one mixes '{runId}' with other runs.", parameterName);
        }
        return runId;
    }
}
