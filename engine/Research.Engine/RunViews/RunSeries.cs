using Research.Engine.Storage;

namespace Research.Engine.RunViews;

/// <summary>Everything stored about one run that its charts, tables and media panels are drawn from, read once.</summary>
/// <param name="Run">The run.</param>
/// <param name="Frames">Its frame metrics, in frame order.</param>
/// <param name="Inputs">Its input events, in sequence order.</param>
/// <param name="Summary">Its latest KPI summary, if any.</param>
/// <param name="KeyFrames">The frames that have a stored key frame, ascending.</param>
public sealed record RunSeries(
    RunDocument Run,
    IReadOnlyList<FrameMetrics> Frames,
    IReadOnlyList<InputTraceEvent> Inputs,
    KpiSummary? Summary,
    IReadOnlyList<int> KeyFrames)
{
    /// <summary>Reads run <paramref name="runId"/> from <paramref name="store"/>.</summary>
    /// <returns>The run's series, or <see langword="null"/> when there is no such run.</returns>
    public static RunSeries? Load(IRunStore store, string runId)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.GetRun(runId) is not { } run)
        {
            return null;
        }
        return new RunSeries(run, store.GetFrames(run.Id), store.GetInputs(run.Id), store.GetLatestSummary(run.Id), store.ListKeyFrames(run.Id));
    }

    /// <summary>
    /// The frame a viewer opens at: the first stored key frame, so the model, truth and error panels show a picture from
    /// the start (sessions number frames from 1 and store a key frame every 30); the first frame when there is none.
    /// </summary>
    public int OpeningFrame => KeyFrames.Count > 0 ? KeyFrames[0] : Frames.Count > 0 ? Frames[0].Frame : 0;

    /// <summary>The highest frame index with metrics, or -1 when there are none.</summary>
    public int LastFrame => Frames.Count == 0 ? -1 : Frames[^1].Frame;

    /// <summary>The frame index of every frame, as chart x values.</summary>
    public IReadOnlyList<double> FrameNumbers() => Frames.Select(f => (double)f.Frame).ToArray();

    /// <summary>The values of metric <paramref name="key"/> (for example "psnr"), NaN for frames without it.</summary>
    public IReadOnlyList<double> Values(string key) =>
        Frames.Select(f => f.Values.TryGetValue(key, out var v) ? v : double.NaN).ToArray();

    /// <summary>Whether any frame has a finite value of metric <paramref name="key"/>.</summary>
    public bool Has(string key) => Frames.Any(f => f.Values.TryGetValue(key, out var v) && double.IsFinite(v));

    /// <summary>
    /// When frame <paramref name="frame"/> was made, in milliseconds since the run started: the time of the last frame
    /// at or before it (0 when there is none).
    /// </summary>
    public double TimeOfFrame(int frame)
    {
        var (low, high, time) = (0, Frames.Count - 1, 0.0);
        while (low <= high)
        {
            var mid = low + (high - low) / 2;
            if (Frames[mid].Frame <= frame)
            {
                time = Frames[mid].TimeMs;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return time;
    }
}
