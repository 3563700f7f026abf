using Research.Workbench.Live;

namespace Research.Workbench.Tests.Live;

public sealed class BrowserLatencyLogTests
{
    [Fact]
    public void Accept_ValidBatch_SamplesInSeqOrderWithArrivalTime()
    {
        var log = new BrowserLatencyLog();

        var samples = log.Accept([new(5, 30), new(3, 50)], lastIssuedSeq: 5, nowMs: 1200);

        Assert.Equal([3L, 5L], samples.Select(s => s.Seq));
        Assert.All(samples, s => Assert.Equal(1200, s.ReportedAtMs));
        Assert.Equal(2, log.Count);
        Assert.Equal((40, 49), log.Percentiles());
    }

    [Fact]
    public void Accept_RepeatedReadings_DroppedNotCountedTwice()
    {
        var log = new BrowserLatencyLog();
        log.Accept([new(1, 30), new(2, 31)], lastIssuedSeq: 2, nowMs: 0);

        var again = log.Accept([new(2, 31)], lastIssuedSeq: 2, nowMs: 0);

        Assert.Empty(again);
        Assert.Equal(2, log.Count);
    }

    [Theory]
    [InlineData(9, 10.0)]
    [InlineData(-1, 10.0)]
    [InlineData(1, -1.0)]
    [InlineData(1, double.NaN)]
    [InlineData(1, 60_001.0)]
    public void Accept_BadReading_RejectsWholeBatch(long seq, double ms)
    {
        var log = new BrowserLatencyLog();

        Assert.Throws<ArgumentException>(() => log.Accept([new(0, 20), new(seq, ms)], lastIssuedSeq: 8, nowMs: 0));

        Assert.Equal(0, log.Count);
        Assert.Null(log.Percentiles());
    }

    [Fact]
    public void Accept_OverMaxBatch_Rejected()
    {
        var log = new BrowserLatencyLog();
        var batch = Enumerable.Range(0, BrowserLatencyLog.MaxBatch + 1).Select(i => new BrowserLatencyReading(i, 10)).ToArray();

        Assert.Throws<ArgumentException>(() => log.Accept(batch, lastIssuedSeq: 1_000, nowMs: 0));
    }
}
