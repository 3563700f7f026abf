using Research.Engine.Benchmarks;
using Research.Engine.Storage;

namespace Research.Workbench.Live;

/// <summary>
/// Validates the input-to-canvas times one browser tab reports for its session and keeps the recent ones for the
/// page's percentiles. The browser is not trusted: a batch that is too big, or has a time that is not a finite
/// 0 to 60,000 ms or a sequence number the session never gave, is rejected whole; repeats are dropped.
/// </summary>
public sealed class BrowserLatencyLog
{
    /// <summary>Most readings in one report: 200 (about 6 KB of JSON, well under SignalR's 32 KB message limit).</summary>
    public const int MaxBatch = 200;

    /// <summary>Longest believable time: 60 s (a key pressed while paused waits for resume).</summary>
    public const double MaxMs = 60_000;

    private const int Keep = 2_000;
    private readonly Queue<double> _recent = new();
    private long _lastSeq = -1;

    /// <summary>Readings accepted so far.</summary>
    public int Count { get; private set; }

    /// <summary>Checks a browser's batch and turns the new readings into samples to store.</summary>
    /// <param name="batch">The readings, in the order the browser measured them.</param>
    /// <param name="lastIssuedSeq">The highest sequence number the session has given out.</param>
    /// <param name="nowMs">When the batch arrived, in milliseconds since the session started.</param>
    /// <returns>The readings not seen before, as samples without a run id.</returns>
    /// <exception cref="ArgumentException">The batch is malformed; the message says how.</exception>
    public IReadOnlyList<BrowserLatencySample> Accept(IReadOnlyList<BrowserLatencyReading>? batch, long lastIssuedSeq, double nowMs)
    {
        if (batch is null || batch.Count > MaxBatch)
        {
            throw new ArgumentException($"A latency report has 0 to {MaxBatch} readings; this one has {batch?.Count.ToString() ?? "none"}.", nameof(batch));
        }
        if (batch.FirstOrDefault(r => r is null || r.Seq < 0 || r.Seq > lastIssuedSeq || !double.IsFinite(r.Ms) || r.Ms is < 0 or > MaxMs) is { } bad)
        {
            throw new ArgumentException($"A latency reading needs an input this session numbered (0 to {lastIssuedSeq}) and 0 to {MaxMs} ms; got {bad?.ToString() ?? "null"}.", nameof(batch));
        }
        var fresh = new List<BrowserLatencySample>();
        foreach (var reading in batch.OrderBy(r => r.Seq))
        {
            if (reading.Seq <= _lastSeq)
            {
                continue;
            }
            _lastSeq = reading.Seq;
            fresh.Add(new BrowserLatencySample { Seq = reading.Seq, KeyToCanvasMs = reading.Ms, ReportedAtMs = nowMs });
            _recent.Enqueue(reading.Ms);
            if (_recent.Count > Keep)
            {
                _recent.Dequeue();
            }
        }
        Count += fresh.Count;
        return fresh;
    }

    /// <summary>The median and 95th percentile of the recent readings, or null before the first.</summary>
    public (double P50, double P95)? Percentiles()
    {
        if (_recent.Count == 0)
        {
            return null;
        }
        var sorted = _recent.Order().ToArray();
        return (FrameTimeStats.Percentile(sorted, 50), FrameTimeStats.Percentile(sorted, 95));
    }
}
