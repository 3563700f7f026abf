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

    [Fact]
    public void Build_FourthSignificantDigitDifferenceWithoutSpread_NothingMarked()
    {
        var rows = KpiComparison.Build([Summary(("ssim_mean", 0.8123)), Summary(("ssim_mean", 0.8127))]);

        Assert.Empty(Assert.Single(rows).Best);
    }

    [Fact]
    public void Build_DifferenceWithinCombinedStandardErrors_NothingMarked()
    {
        IReadOnlyDictionary<string, double>[] errors = [Errors(("psnr_mean", 0.5)), Errors(("psnr_mean", 0.5))];

        // 1 dB apart is more than 1% of 24 dB, but within 1.96 × √(0.5² + 0.5²) ≈ 1.39 dB.
        var rows = KpiComparison.Build([Summary(("psnr_mean", 24)), Summary(("psnr_mean", 25))], errors);

        Assert.Empty(Assert.Single(rows).Best);
    }

    [Fact]
    public void Build_DifferenceBeyondCombinedStandardErrors_BestMarked()
    {
        IReadOnlyDictionary<string, double>[] errors = [Errors(("psnr_mean", 0.05)), Errors(("psnr_mean", 0.05))];

        // 0.2 dB is under 1% of 24 dB, but beyond 1.96 × √(0.05² + 0.05²) ≈ 0.14 dB.
        var rows = KpiComparison.Build([Summary(("psnr_mean", 24)), Summary(("psnr_mean", 24.2))], errors);

        Assert.Equal([1], Assert.Single(rows).Best);
    }

    [Fact]
    public void StandardErrors_MeanKpiWithFrameValues_SampleStandardDeviationOverRootCount()
    {
        FrameMetrics[] frames = [Frame(1, 20), Frame(2, 22), Frame(3, 24), Frame(4, 26)];
        var run = new RunSeries(new RunDocument { Id = "r" }, frames, [], Summary(("psnr_mean", 23), ("latency_p95_ms", 9)), []);

        var errors = KpiComparison.StandardErrors(run);

        // Sample SD of 20, 22, 24, 26 is √(20/3); over √4.
        Assert.Equal(Math.Sqrt(20.0 / 3) / 2, errors["psnr_mean"], 9);
        Assert.False(errors.ContainsKey("latency_p95_ms"));
    }

    private static FrameMetrics Frame(int frame, double psnr) =>
        new() { RunId = "r", Frame = frame, Values = new Dictionary<string, double> { ["psnr"] = psnr } };

    private static IReadOnlyDictionary<string, double> Errors(params (string Key, double Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

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
