using Research.Engine.Kpis;
using static Research.Engine.Tests.Kpis.KpiLogs;

namespace Research.Engine.Tests.Kpis;

public sealed class KpiCalculatorValidationTests
{
    [Theory]
    [InlineData("Frame")]
    [InlineData("TimeMs")]
    [InlineData("Psnr")]
    [InlineData("MotionDelta")]
    [InlineData("FirstFrameMs")]
    [InlineData("Score")]
    [InlineData("ResetTimesMs")]
    [InlineData("EndMs")]
    [InlineData("TargetFps")]
    public void Compute_BrokenField_ThrowsNamingIt(string field)
    {
        var log = Broken(field);

        var thrown = Assert.Throws<ArgumentException>(() => KpiCalculator.Compute(log, new KpiOptions()));

        Assert.Equal(field, thrown.ParamName);
    }

    [Theory]
    [InlineData("WindowMs")]
    [InlineData("DivergenceRun")]
    [InlineData("RecoveryHoldFrames")]
    public void Compute_OptionOutOfRange_ThrowsNamingIt(string option)
    {
        var options = option switch
        {
            "WindowMs" => new KpiOptions { WindowMs = 0 },
            "DivergenceRun" => new KpiOptions { DivergenceRun = 0 },
            _ => new KpiOptions { RecoveryHoldFrames = 0 },
        };

        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => KpiCalculator.Compute(Log(WithPsnr(30)), options));

        Assert.Equal(option, thrown.ParamName);
    }

    [Fact]
    public void KpiOptions_Defaults_AsDocumented()
    {
        var options = new KpiOptions();

        Assert.Equal(
            (30000.0, 20.0, 10, 30, 3, 1.0, 30, 5, 30),
            (options.WindowMs, options.DivergencePsnr, options.DivergenceRun, options.PromptSwitchSpan, options.MinSideFrames,
                options.RecoveryToleranceDb, options.RecoveryBaselineFrames, options.RecoveryHoldFrames, options.ResetSpan));
    }

    /// <summary>A small valid log with <paramref name="field"/> made invalid.</summary>
    private static SessionLog Broken(string field)
    {
        var valid = Log(WithPsnr(30, 31, 32), endMs: 1000);
        return field switch
        {
            "Frame" => valid with { Frames = [Frame(1), Frame(3), Frame(2)] },
            "TimeMs" => valid with { Frames = [Frame(1, timeMs: 50), Frame(2, timeMs: 40)] },
            "Psnr" => valid with { Frames = [Frame(1, psnr: double.NaN)] },
            "MotionDelta" => valid with { Frames = [Frame(1, motionDelta: 256)] },
            "FirstFrameMs" => valid with { Inputs = [Input(1, receivedMs: 100, appliedFrame: 2, firstFrameMs: 90)] },
            "Score" => valid with { Ratings = [new(1, 6, 10)] },
            "ResetTimesMs" => valid with { ResetTimesMs = [500, 2000] },
            "EndMs" => valid with { EndMs = double.NaN },
            "TargetFps" => valid with { TargetFps = 0 },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No such case."),
        };
    }
}
