using Research.Engine.RunViews;
using Research.Engine.Storage;

namespace Research.Engine.Tests.RunViews;

public sealed class KpiComparisonTests
{
    [Fact]
    public void Build_ThreeRuns_RowPerKeyWithBestMarkedByDirection()
    {
        KpiSummary?[] summaries =
        [
            Summary(("psnr_mean", 20), ("latency_p95_ms", 8), ("revisits", 3)),
            Summary(("psnr_mean", 26), ("latency_p95_ms", 20), ("revisits", 3)),
            Summary(("psnr_mean", 24), ("latency_p95_ms", 8)),
        ];

        var rows = KpiComparison.Build(summaries);

        Assert.Equal(["latency_p95_ms", "psnr_mean", "revisits"], rows.Select(r => r.Key));
        Assert.Equal([0, 2], rows[0].Best); // Lower is better; a tie marks both.
        Assert.Equal([1], rows[1].Best);
        Assert.Empty(rows[2].Best); // A count has no direction.
        Assert.Equal([3.0, 3, null], rows[2].Values);
    }

    [Fact]
    public void Build_RunWithoutSummary_NullColumnAndNoBestFromOneValue()
    {
        var rows = KpiComparison.Build([Summary(("ssim_mean", 0.8)), null]);

        Assert.Equal([0.8, null], Assert.Single(rows).Values);
        Assert.Empty(rows[0].Best);
    }

    [Fact]
    public void Build_AllRunsEqual_NothingMarked()
    {
        var rows = KpiComparison.Build([Summary(("dropped_frames", 0)), Summary(("dropped_frames", 0))]);

        Assert.Empty(Assert.Single(rows).Best);
    }

    [Theory]
    [InlineData("first_response_count", KpiDirection.None)]
    [InlineData("psnr_mean", KpiDirection.Higher)]
    [InlineData("fps_of_target", KpiDirection.Higher)]
    [InlineData("latency_p99_ms", KpiDirection.Lower)]
    [InlineData("agent_error_median_px", KpiDirection.Lower)]
    [InlineData("visible_response_p95_ms", KpiDirection.Lower)]
    [InlineData("inputs_total", KpiDirection.None)]
    [InlineData("divergence_onset_frame", KpiDirection.Higher)]
    [InlineData("recovery_baseline_psnr_mean", KpiDirection.Higher)]
    [InlineData("soft_reset_psnr_before_mean", KpiDirection.Higher)]
    [InlineData("prompt_switch_ssim_before_mean", KpiDirection.Higher)]
    public void Of_Key_Direction(string key, KpiDirection expected)
    {
        Assert.Equal(expected, KpiDirections.Of(key));
    }

    private static KpiSummary Summary(params (string Key, double Value)[] values) =>
        new() { RunId = "r", Values = values.ToDictionary(v => v.Key, v => v.Value) };
}
