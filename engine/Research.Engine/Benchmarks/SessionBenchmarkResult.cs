namespace Research.Engine.Benchmarks;

/// <summary>Everything the live-session benchmark measured, in the order its report shows it.</summary>
/// <param name="Machine">What it ran on.</param>
/// <param name="Threads">TorchSharp intra-op threads during the run.</param>
/// <param name="LoadAverage">The one-minute load average at the start; null where the OS does not say.</param>
/// <param name="Options">What was run.</param>
/// <param name="FrameSize">Side of the frames, in pixels.</param>
/// <param name="Standard">The standard scenarios played in real time, in <see cref="SessionBenchmarkOptions.StandardSet"/> order.</param>
/// <param name="Visible">Visible response against counterfactual forks.</param>
/// <param name="SoftResets">The fast replay with a soft reset every 5 s.</param>
/// <param name="Memory">Resident memory over a long fast replay.</param>
/// <param name="Hosts">The many-session host runs, in order.</param>
/// <param name="WallSeconds">Wall-clock seconds the whole benchmark took.</param>
public sealed record SessionBenchmarkResult(
    MachineInfo Machine,
    int Threads,
    double? LoadAverage,
    SessionBenchmarkOptions Options,
    int FrameSize,
    IReadOnlyList<ScenarioBenchmarkRun> Standard,
    VisibleResponseResult Visible,
    ScenarioBenchmarkRun SoftResets,
    MemoryResult Memory,
    IReadOnlyList<HostRunResult> Hosts,
    double WallSeconds)
{
    /// <summary>The sustained-5min run of the standard set, if it was run.</summary>
    public ScenarioBenchmarkRun? Sustained => Standard.FirstOrDefault(r => r.Scenario == "sustained-5min");

    /// <summary>Latency per whole minute of the sustained run (empty when it is shorter than a minute).</summary>
    public IReadOnlyList<MinuteLatency> SustainedMinutes => Sustained is { } run ? MinuteLatency.Of(run.Log.Frames, run.Log.EndMs) : [];

    /// <summary>The most sessions a batched (or unbatched) host run held the target rate with; null when none did.</summary>
    public int? LargestHeld(bool batch) =>
        Hosts.Where(h => h.HoldsTarget && (h.Batch == batch || h.Sessions == 1)).Select(h => (int?)h.Sessions).Max();
}
