using Research.Engine.Imaging;
using Research.Engine.Storage;

namespace Research.Workbench.Tests;

/// <summary>Writes completed runs the way sessions do: frame metrics, inputs, a KPI summary and key frames every 30 frames.</summary>
internal static class StoredRuns
{
    /// <summary>The side of each panel of the key frames written.</summary>
    public const int PanelSize = 8;

    /// <summary>Stores run <paramref name="id"/> with <paramref name="frames"/> frames (100 ms apart) and completes it.</summary>
    public static void Add(IRunStore store, string id, int frames = 100, string mode = "fast", double psnrMean = 20, double latencyP95 = 30, string scenario = "revisit-loop")
    {
        store.CreateRun(new NewRun { Id = id, Kind = "session", Scenario = scenario, QualityMode = mode, Checkpoint = "ckpt-1", Seed = 7, Tags = ["demo"] });
        store.AppendFrames(Enumerable.Range(0, frames).Select(f => new FrameMetrics
        {
            RunId = id,
            Frame = f,
            TimeMs = f * 100,
            Values = new Dictionary<string, double>
            {
                ["psnr"] = psnrMean + f % 5, ["ssim"] = 0.5, ["latency_ms"] = 10 + f % 7, ["agent_error"] = f % 3, ["soft_reset"] = 0,
            },
        }).ToList());
        store.AppendInputs(
        [
            new InputTraceEvent { RunId = id, Seq = 0, Kind = "Action", Payload = "left", ReceivedAtMs = 1000, AppliedFrame = 10, FirstFrameMs = 1100 },
            new InputTraceEvent { RunId = id, Seq = 1, Kind = "SoftReset", Payload = "", ReceivedAtMs = 4000, AppliedFrame = 40, FirstFrameMs = 4100 },
        ]);
        for (var f = 30; f < frames; f += 30)
        {
            store.SaveKeyFrame(id, f, KeyFrame(f));
        }
        store.WriteSummary(new KpiSummary
        {
            RunId = id, Frame = frames - 1, Values = new Dictionary<string, double> { ["psnr_mean"] = psnrMean, ["latency_p95_ms"] = latencyP95 },
        });
        store.CompleteRun(id, RunStatus.Completed);
    }

    /// <summary>A key frame of three panels filled with <c>frame</c>, <c>frame + 1</c> and <c>frame + 2</c> (model, truth, error).</summary>
    public static byte[] KeyFrame(int frame)
    {
        var panels = Enumerable.Range(0, 3).Select(i => Enumerable.Repeat((byte)(frame + i), PanelSize * PanelSize * 3).ToArray()).ToList();
        var (rgb, width, height) = FrameStrip.Compose(panels, PanelSize, 3);
        return PngEncoder.Encode(rgb, width, height);
    }
}
