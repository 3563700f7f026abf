using Research.Engine.Benchmarks;
using Research.Engine.Kpis;

namespace Research.Engine.Tests.Benchmarks;

public sealed class SessionBenchmarkFiguresTests
{
    [Fact]
    public void MinuteLatencyOf_TwoAndAHalfMinutes_SummarisesWholeMinutesOnly()
    {
        // Minute 1: latencies 10 and 20; minute 2: 30 and 50; the half minute after is left out.
        FrameSample[] frames = [Frame(1, 1_000, 10), Frame(2, 59_000, 20), Frame(3, 60_000, 30), Frame(4, 119_999, 50), Frame(5, 130_000, 999)];

        var minutes = MinuteLatency.Of(frames, 150_000);

        Assert.Equal([1, 2], minutes.Select(m => m.Minute));
        Assert.Equal(15, minutes[0].P50Ms, 9);
        Assert.Equal(19.5, minutes[0].P95Ms, 9);
        Assert.Equal(49, minutes[1].P95Ms, 9);
    }

    [Fact]
    public void MemoryResultGrowth_OneMinute_IsNullAndTwoMinutesIsRelativeToMinuteOne()
    {
        MemorySample[] one = [new(0, 0, 90, 0), new(1, 1800, 100, 1)];
        MemorySample[] two = [.. one, new(2, 3600, 104, 2)];

        Assert.Null(new MemoryResult("s", 1, one, 1).Growth);
        Assert.Equal(0.04, new MemoryResult("s", 2, two, 2).Growth!.Value, 9);
    }

    [Theory]
    [InlineData(28.5, 33.3, true)]
    [InlineData(28.4, 20, false)]
    [InlineData(30, 33.4, false)]
    public void HostRunResultHoldsTarget_SlowestSessionFpsAndWorstP95_AgainstNinetyFivePercentAndOnePeriod(double fps, double p95, bool holds)
    {
        var result = new HostRunResult(2, true, 30, 10, [new HostSessionFigures(300, 30, 10, 0), new HostSessionFigures((long)(fps * 10), fps, p95, 0)]);

        Assert.Equal(holds, result.HoldsTarget);
    }

    private static FrameSample Frame(long frame, double timeMs, double latencyMs) => new(frame, timeMs, latencyMs, 20, 0.5, null, 0, 0, false);
}
