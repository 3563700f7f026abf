using System.Diagnostics;
using Research.Engine.Models;
using Research.Engine.Scenarios;
using Research.Engine.Storage;

namespace Research.Engine.Benchmarks;

/// <summary>
/// Measures live world-model sessions against their targets: the standard scenarios in real time (responses, sustained
/// latency, no dropped inputs), visible response against counterfactual forks, soft-reset smoothness, memory over a
/// long session and how many sessions one machine holds at the target rate. Everything runs in
/// <see cref="QualityMode.Fast"/> at the model's frame size and the scenarios' frame rate.
/// </summary>
/// <remarks>
/// Timings depend on the machine and on what else runs on it: the result carries the load average at the start. Runs
/// at the current TorchSharp thread count.
/// </remarks>
public static partial class SessionBenchmark
{
    /// <summary>Target: p95 of input to first conditioned frame, in ms.</summary>
    public const double FirstResponseTargetMs = 50;

    /// <summary>Target: the fifth minute's latency p95 at most this fraction above the first minute's.</summary>
    public const double SustainedTolerance = 0.10;

    /// <summary>Target: the largest frame change at a soft reset over the 99th percentile of ordinary change.</summary>
    public const double JumpRatioTarget = 1;

    /// <summary>Target: mean PSNR after a soft reset within this many dB of before.</summary>
    public const double ContinuityToleranceDb = 1;

    /// <summary>Target: resident memory growth from minute 1 to the last minute, as a fraction.</summary>
    public const double MemoryGrowthTarget = 0.05;

    /// <summary>Share of the target frame rate every session of a host run must deliver.</summary>
    public const double HostFpsShare = 0.95;

    /// <summary>Mean absolute difference between two branches' frames (levels, 0 to 255) from which they differ visibly.</summary>
    /// <remarks>1.0 is well above the bit-identical 0 of branches given the same inputs, and about what a few-pixel shift of one sprite on a 64x64 frame gives.</remarks>
    public const double VisibleThreshold = 1.0;

    /// <summary>Frames a visible-response probe waits at most.</summary>
    public const int VisibleMaxFrames = 15;

    /// <summary>Seconds between the soft resets the benchmark sends.</summary>
    public const double SoftResetEverySeconds = 5;

    /// <summary>Runs the whole benchmark on <paramref name="model"/>, storing the scenario runs in <paramref name="store"/>.</summary>
    /// <exception cref="ArgumentException">Invalid <paramref name="options"/>.</exception>
    /// <exception cref="ScenarioValidationException">A scenario file is invalid.</exception>
    public static async Task<SessionBenchmarkResult> RunAsync(
        WorldModel model, SessionBenchmarkOptions options, IRunStore? store, IProgress<SessionBenchmarkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        model.eval();
        var load = MachineInfo.LoadAverage();
        var clock = Stopwatch.StartNew();
        var scenarios = SessionBenchmarkOptions.StandardSet.ToDictionary(name => name, name => ScenarioLoader.Load(Path.Combine(options.ScenariosDirectory, name + ".json")));
        var standard = new List<ScenarioBenchmarkRun>();
        foreach (var name in SessionBenchmarkOptions.StandardSet)
        {
            standard.Add(await RunRealtimeAsync(model, options, scenarios[name], store, progress, cancellationToken).ConfigureAwait(false));
        }
        var visible = MeasureVisibleResponse(model, options, scenarios["rapid-steering"], progress, cancellationToken);
        var resets = await RunSoftResetsAsync(model, options, scenarios["sustained-5min"], store, progress, cancellationToken).ConfigureAwait(false);
        var memory = MeasureMemory(model, options, scenarios["sustained-5min"], progress, cancellationToken);
        var hosts = new List<HostRunResult>();
        foreach (var count in options.SessionCounts)
        {
            foreach (var batch in count > 1 && options.CompareUnbatched ? new[] { true, false } : [true])
            {
                hosts.Add(await RunHostAsync(model, options, scenarios["rapid-steering"], count, batch, progress, cancellationToken).ConfigureAwait(false));
            }
        }
        return new SessionBenchmarkResult(
            MachineInfo.Current(), TorchSharp.torch.get_num_threads(), load, options, model.Config.FrameSize, standard, visible, resets, memory, hosts, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Frames of <paramref name="seconds"/> at <paramref name="scenario"/>'s rate.</summary>
    private static int Frames(Scenario scenario, double seconds) => Math.Max(1, (int)Math.Round(seconds * scenario.Fps));

    /// <summary>The scenario cut to the quick length when the run is quick.</summary>
    private static Scenario Shorten(SessionBenchmarkOptions options, Scenario scenario, double quickFactor = 1) =>
        options.QuickSeconds is { } seconds ? ScenarioEdits.Cut(scenario, Frames(scenario, seconds * quickFactor)) : scenario;
}
