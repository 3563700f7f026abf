using Research.Engine.Storage;
using Research.Engine.Tests.Storage;

namespace Research.Engine.Tests.LaunchReport;

/// <summary>Hand-made session runs in a real LiteDB file, at times the test chooses.</summary>
internal sealed class LaunchRuns : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualTimeProvider _time = new(StoreTestData.Start);

    public LaunchRuns() => Store = StoreTestData.Open(_directory, _time);

    public LiteDbRunStore Store { get; }

    /// <summary>Figures of a healthy session: every launch figure measured and passing.</summary>
    public static Dictionary<string, double> Healthy() => new()
    {
        ["first_response_p95_ms"] = 80,
        ["prompt_switch_ssim_ratio_mean"] = 1.0,
        ["prompt_switch_agent_error_px_mean"] = 2,
        ["revisit_model_psnr_mean"] = 24,
        ["soft_reset_jump_ratio"] = 1.1,
        ["soft_reset_drift_continuity_db"] = -0.4,
        ["injections"] = 1,
        ["injections_never_recovered"] = 0,
        ["recovery_frames_mean"] = 3,
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

    /// <summary>Stores a finished run with a summary of <paramref name="values"/>, created <paramref name="after"/> the previous one.</summary>
    public string Add(
        IReadOnlyDictionary<string, double> values, string scenario = "prompt-storm", string mode = "fast", TimeSpan? after = null,
        string kind = "session", RunStatus status = RunStatus.Completed)
    {
        _time.Advance(after ?? TimeSpan.FromMinutes(1));
        var run = Store.CreateRun(new NewRun { Kind = kind, Scenario = scenario, QualityMode = mode, Checkpoint = "engine/models/default" });
        Store.WriteSummary(new KpiSummary { RunId = run.Id, Frame = 100, Values = values });
        if (status != RunStatus.Running)
        {
            Store.CompleteRun(run.Id, status);
        }
        return run.Id;
    }

    public void Dispose()
    {
        Store.Dispose();
        _directory.Dispose();
    }
}
