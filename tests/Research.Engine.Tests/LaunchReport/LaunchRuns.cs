using Research.Engine.Storage;
using Research.Engine.Tests.Storage;

namespace Research.Engine.Tests.LaunchReport;

/// <summary>Hand-made session runs in a real LiteDB file, at times the test chooses.</summary>
internal sealed class LaunchRuns : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualTimeProvider _time = new(StoreTestData.Start);

    public LaunchRuns() => Store = StoreTestData.Open(_directory, _time);

    public LiteDbRunStore Store { get; private set; }

    /// <summary>Figures of a healthy session: every launch figure measured and passing, every floor met.</summary>
    public static Dictionary<string, double> Healthy() => new()
    {
        ["first_response_p95_ms"] = 80,
        ["psnr_mean"] = 24,
        ["ssim_mean"] = 0.7,
        ["agent_lost_fraction"] = 0.05,
        ["prompt_switch_ssim_ratio_mean"] = 1.0,
        ["prompt_switch_ssim_before_mean"] = 0.7,
        ["prompt_switch_agent_error_px_mean"] = 2,
        ["revisit_model_psnr_mean"] = 24,
        ["soft_reset_jump_ratio"] = 1.1,
        ["soft_reset_drift_continuity_db"] = -0.4,
        ["soft_reset_psnr_before_mean"] = 23,
        ["injections"] = 1,
        ["injections_never_recovered"] = 0,
        ["recovery_frames_mean"] = 3,
        ["recovery_baseline_psnr_mean"] = 23,
        ["inputs_total"] = 20,
        ["inputs_rejected"] = 1,
        ["inputs_coalesced"] = 1,
        ["first_response_count"] = 18,
        ["visible_response_p95_ms"] = 120,
        ["fps_of_target"] = 0.99,
        ["motion_delta_p99"] = 2,
        ["latency_p95_ms"] = 50,
        ["latency_p99_ms"] = 70,
        ["latency_last_to_first_p95_ratio"] = 1.1,
    };

    /// <summary>
    /// Stores a run with a summary of <paramref name="values"/> (none when null), created <paramref name="after"/> the
    /// previous one, recorded as <paramref name="origin"/> (no origin at all when null, as runs stored before it was
    /// recorded) and, when <paramref name="forkOf"/> is given, as a fork of that run.
    /// </summary>
    public string Add(
        IReadOnlyDictionary<string, double>? values, string scenario = "prompt-storm", string mode = "fast", TimeSpan? after = null,
        string kind = "session", RunStatus status = RunStatus.Completed, RunOrigin? origin = RunOrigin.Live, string? forkOf = null,
        string? error = null, IReadOnlyDictionary<string, string>? config = null, IReadOnlyList<string>? tags = null)
    {
        _time.Advance(after ?? TimeSpan.FromMinutes(1));
        var settings = new Dictionary<string, string>(config ?? new Dictionary<string, string>());
        if (origin is { } o)
        {
            settings[RunOrigins.ConfigKey] = RunOrigins.ToConfig(o);
        }
        if (forkOf is not null)
        {
            settings[RunOrigins.ForkOfKey] = forkOf;
        }
        var run = Store.CreateRun(new NewRun
        {
            Kind = kind, Scenario = scenario, QualityMode = mode, Checkpoint = "engine/models/default", Config = settings, Tags = tags ?? [],
        });
        if (values is not null)
        {
            Store.WriteSummary(new KpiSummary { RunId = run.Id, Frame = 100, Values = values });
        }
        if (status != RunStatus.Running)
        {
            Store.CompleteRun(run.Id, status, error);
        }
        return run.Id;
    }

    /// <summary>Closes the store and opens it again, as a new process would: runs still running are found interrupted.</summary>
    public void Reopen()
    {
        Store.Dispose();
        Store = StoreTestData.Open(_directory, _time);
    }

    public void Dispose()
    {
        Store.Dispose();
        _directory.Dispose();
    }
}
