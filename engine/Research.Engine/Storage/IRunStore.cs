namespace Research.Engine.Storage;

/// <summary>
/// Where runs, their per-frame metrics, input traces, KPI summaries and key frames are kept.
/// Implementations are safe to call from several threads. All calls are synchronous and short:
/// batch frames and inputs rather than writing them one at a time.
/// </summary>
/// <remarks>
/// Unknown run ids raise <see cref="KeyNotFoundException"/> on writes and give <see langword="null"/> or empty results
/// on reads. Failures of the underlying file raise <see cref="RunStoreException"/>.
/// </remarks>
public interface IRunStore
{
    /// <summary>Starts a run: stores it as <see cref="RunStatus.Running"/>, created now, with no frames (<see cref="RunDocument.LastFrame"/> -1).</summary>
    /// <returns>The stored run, with its id.</returns>
    /// <exception cref="ArgumentException">The kind is missing, the id is malformed, or a run with that id exists.</exception>
    RunDocument CreateRun(NewRun run);

    /// <summary>
    /// Appends a batch of frame metrics to one running run and moves its <see cref="RunDocument.LastFrame"/> to the
    /// batch's last frame, in one transaction. When the call returns the batch is on disk.
    /// </summary>
    /// <exception cref="ArgumentException">The batch mixes runs, or frames do not increase past the run's last frame.</exception>
    /// <exception cref="InvalidOperationException">The run is not <see cref="RunStatus.Running"/>.</exception>
    void AppendFrames(IReadOnlyList<FrameMetrics> batch);

    /// <summary>Appends a batch of input events to one running run, in one transaction. When the call returns the batch is on disk.</summary>
    /// <exception cref="ArgumentException">The batch mixes runs or has a negative sequence number.</exception>
    /// <exception cref="InvalidOperationException">The run is not <see cref="RunStatus.Running"/>.</exception>
    void AppendInputs(IReadOnlyList<InputTraceEvent> batch);

    /// <summary>Appends a batch of browser-measured input-to-canvas times to one running run, in one transaction.</summary>
    /// <exception cref="ArgumentException">The batch mixes runs, has a negative sequence number or a time that is negative or not finite.</exception>
    /// <exception cref="InvalidOperationException">The run is not <see cref="RunStatus.Running"/>.</exception>
    void AppendBrowserLatency(IReadOnlyList<BrowserLatencySample> batch);

    /// <summary>Stores a KPI summary of a run, stamped with the current time.</summary>
    /// <returns>The stored summary.</returns>
    KpiSummary WriteSummary(KpiSummary summary);

    /// <summary>Stores how much of a run went by in each quality mode (<see cref="RunDocument.Modes"/>), replacing what was stored.</summary>
    /// <returns>The updated run.</returns>
    /// <exception cref="ArgumentException">A mode is unnamed or named twice, or a count or time is negative or not finite.</exception>
    RunDocument SetModes(string runId, IReadOnlyList<ModeUse> modes);

    /// <summary>Stores (or replaces) the PNG image of one frame of a run, as file <c>$/keyframes/{runId}/{frame:D6}</c>.</summary>
    /// <exception cref="ArgumentException">The bytes are not a PNG image or the frame is negative.</exception>
    void SaveKeyFrame(string runId, int frame, ReadOnlyMemory<byte> png);

    /// <summary>Reads the PNG image of one frame of a run.</summary>
    /// <returns>The PNG bytes, or <see langword="null"/> when none was saved.</returns>
    byte[]? ReadKeyFrame(string runId, int frame);

    /// <summary>Lists the frames of a run that have a key frame, in order.</summary>
    IReadOnlyList<int> ListKeyFrames(string runId);

    /// <summary>Ends a running run with <paramref name="status"/> and the current time.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="status"><see cref="RunStatus.Completed"/>, <see cref="RunStatus.Failed"/> or <see cref="RunStatus.Interrupted"/>.</param>
    /// <param name="error">Why the run failed, if it did.</param>
    /// <returns>The updated run.</returns>
    /// <exception cref="InvalidOperationException">The run has already ended.</exception>
    RunDocument CompleteRun(string runId, RunStatus status, string? error = null);

    /// <summary>Reads one run.</summary>
    /// <returns>The run, or <see langword="null"/> when there is none with that id.</returns>
    RunDocument? GetRun(string runId);

    /// <summary>Finds runs matching every criterion of <paramref name="query"/>, newest first.</summary>
    IReadOnlyList<RunDocument> QueryRuns(RunQuery query);

    /// <summary>Reads the frame metrics of a run in frame order, optionally only frames from/to the given indices (inclusive).</summary>
    IReadOnlyList<FrameMetrics> GetFrames(string runId, int? fromFrame = null, int? toFrame = null);

    /// <summary>Reads the input events of a run in sequence order.</summary>
    IReadOnlyList<InputTraceEvent> GetInputs(string runId);

    /// <summary>Reads the browser-measured input-to-canvas times of a run in input sequence order.</summary>
    IReadOnlyList<BrowserLatencySample> GetBrowserLatency(string runId);

    /// <summary>Reads the KPI summaries of a run in the order they were written.</summary>
    IReadOnlyList<KpiSummary> GetSummaries(string runId);

    /// <summary>Reads the KPI summary of a run written last.</summary>
    /// <returns>The summary, or <see langword="null"/> when the run has none.</returns>
    KpiSummary? GetLatestSummary(string runId);

    /// <summary>Replaces the tags of a run. Tags are trimmed; empty ones and case-insensitive repeats are dropped.</summary>
    /// <returns>The updated run.</returns>
    RunDocument SetTags(string runId, IEnumerable<string> tags);

    /// <summary>Deletes a run with its frames, inputs, browser latencies, summaries and key frames, in one transaction.</summary>
    /// <returns>Whether the run existed.</returns>
    /// <exception cref="InvalidOperationException">The run is still <see cref="RunStatus.Running"/>; complete it first.</exception>
    bool DeleteRun(string runId);

    /// <summary>Moves everything written so far from the write-ahead log into the database file. Call it when idle.</summary>
    void Checkpoint();
}
