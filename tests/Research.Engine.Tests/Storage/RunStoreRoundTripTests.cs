using Research.Engine.Storage;

namespace Research.Engine.Tests.Storage;

public sealed class RunStoreRoundTripTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualTimeProvider _time = new(StoreTestData.Start);
    private readonly LiteDbRunStore _store;

    public RunStoreRoundTripTests()
    {
        _store = StoreTestData.Open(_directory, _time);
    }

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void CreateRun_AllFields_GetRunReturnsThemWithRunningStatus()
    {
        // Arrange
        var request = new NewRun
        {
            Id = "sim-1",
            Kind = "simulate",
            Name = "meadow baseline",
            Scenario = "meadow",
            Seed = 42,
            QualityMode = "fast",
            Checkpoint = "models/wm-7.bin",
            Tags = ["baseline", " nightly ", "", "Baseline"],
            Config = new Dictionary<string, string> { ["lr"] = "0.001", ["note"] = " spaced ", ["empty"] = "" },
            Notes = "first try",
        };

        // Act
        var created = _store.CreateRun(request);
        var read = _store.GetRun("sim-1");

        // Assert
        Assert.NotNull(read);
        Assert.Equal(("sim-1", "simulate", "meadow baseline", "meadow", 42), (read.Id, read.Kind, read.Name, read.Scenario, read.Seed));
        Assert.Equal(("fast", "models/wm-7.bin", "first try"), (read.QualityMode, read.Checkpoint, read.Notes));
        Assert.Equal(["baseline", "nightly"], read.Tags);
        Assert.Equal(request.Config.OrderBy(p => p.Key), read.Config.OrderBy(p => p.Key));
        Assert.Equal(RunStatus.Running, read.Status);
        Assert.Equal(StoreTestData.Start, read.CreatedAt);
        Assert.Null(read.StartedAt);
        Assert.Null(read.EndedAt);
        Assert.Equal(-1, read.LastFrame);
        Assert.Equal(created.CreatedAt, read.CreatedAt);
    }

    [Fact]
    public void CreateRun_NoId_GeneratesIdFromKindAndTime()
    {
        // Act
        var run = _store.CreateRun(new NewRun { Kind = "Train" });

        // Assert
        Assert.Matches("^train-20261125-100000-[0-9a-f]{6}$", run.Id);
        Assert.NotNull(_store.GetRun(run.Id));
    }

    [Fact]
    public void CreateRun_ExistingIdInOtherCase_ThrowsArgumentException()
    {
        // Arrange
        _store.CreateRun(new NewRun { Id = "dup", Kind = "simulate" });

        // Act
        var error = Assert.Throws<ArgumentException>(() => _store.CreateRun(new NewRun { Id = "DUP", Kind = "simulate" }));

        // Assert
        Assert.Contains("already exists", error.Message);
    }

    [Fact]
    public void AppendFrames_TwoBatches_FramesReadBackInOrderAndLastFrameMoves()
    {
        // Arrange
        _store.CreateRun(new NewRun { Id = "r", Kind = "session" });
        _time.Advance(TimeSpan.FromSeconds(2));

        // Act
        _store.AppendFrames(StoreTestData.Frames("r", 0, 5));
        _store.AppendFrames(StoreTestData.Frames("r", 5, 5));
        var frames = _store.GetFrames("r");
        var run = _store.GetRun("r");

        // Assert
        Assert.Equal(Enumerable.Range(0, 10), frames.Select(f => f.Frame));
        Assert.Equal(7 * 16.5, frames[7].TimeMs);
        Assert.Equal(53, frames[7].Values["fps"]);
        Assert.Equal(17.25, frames[7].Values["latency_ms"]);
        Assert.Equal(9, run!.LastFrame);
        Assert.Equal(StoreTestData.Start.AddSeconds(2), run.StartedAt);
    }

    [Fact]
    public void GetFrames_Range_ReturnsInclusiveSliceOfThatRunOnly()
    {
        // Arrange
        _store.CreateRun(new NewRun { Id = "a", Kind = "simulate" });
        _store.CreateRun(new NewRun { Id = "a2", Kind = "simulate" });
        _store.AppendFrames(StoreTestData.Frames("a", 0, 20));
        _store.AppendFrames(StoreTestData.Frames("a2", 0, 20));

        // Act
        var slice = _store.GetFrames("a", fromFrame: 12, toFrame: 15);

        // Assert
        Assert.Equal([12, 13, 14, 15], slice.Select(f => f.Frame));
        Assert.All(slice, f => Assert.Equal("a", f.RunId));
    }

    [Fact]
    public void AppendFrames_FrameNotAfterLastFrame_ThrowsAndKeepsStoredFrames()
    {
        // Arrange
        _store.CreateRun(new NewRun { Id = "r", Kind = "session" });
        _store.AppendFrames(StoreTestData.Frames("r", 0, 3));

        // Act
        Assert.Throws<ArgumentException>(() => _store.AppendFrames(StoreTestData.Frames("r", 2, 3)));

        // Assert
        Assert.Equal(3, _store.GetFrames("r").Count);
        Assert.Equal(2, _store.GetRun("r")!.LastFrame);
    }

    [Fact]
    public void AppendInputs_TwoBatches_ReadBackInSequenceOrderWithNullsAndEmptyText()
    {
        // Arrange
        _store.CreateRun(new NewRun { Id = "s", Kind = "session" });
        InputTraceEvent Input(long seq, int? firstOutput) => new()
        {
            RunId = "s", Seq = seq, Kind = "key", Payload = seq == 0 ? "" : $"right x{seq}", ReceivedAtMs = seq * 3.5, AppliedFrame = (int)seq + 1, FirstOutputFrame = firstOutput,
        };

        // Act
        _store.AppendInputs([Input(2, 5), Input(3, null)]);
        _store.AppendInputs([Input(0, 2), Input(1, null)]);
        var inputs = _store.GetInputs("s");

        // Assert
        Assert.Equal([0L, 1L, 2L, 3L], inputs.Select(i => i.Seq));
        Assert.Equal(Input(0, 2), inputs[0]);
        Assert.Equal(Input(3, null), inputs[3]);
    }

    [Fact]
    public void AppendBrowserLatency_TwoBatches_ReadBackInSequenceOrder()
    {
        // Arrange
        _store.CreateRun(new NewRun { Id = "b", Kind = "session" });
        BrowserLatencySample Sample(long seq) => new() { RunId = "b", Seq = seq, KeyToCanvasMs = 20 + seq, ReportedAtMs = 1000 * seq };

        // Act
        _store.AppendBrowserLatency([Sample(4), Sample(7)]);
        _store.AppendBrowserLatency([Sample(1)]);
        var samples = _store.GetBrowserLatency("b");

        // Assert
        Assert.Equal([Sample(1), Sample(4), Sample(7)], samples);
    }

    [Theory]
    [InlineData(-1, 10.0)]
    [InlineData(3, -0.5)]
    [InlineData(3, double.NaN)]
    [InlineData(3, double.PositiveInfinity)]
    public void AppendBrowserLatency_BadSample_ThrowsAndStoresNothing(long seq, double ms)
    {
        // Arrange
        _store.CreateRun(new NewRun { Id = "b", Kind = "session" });

        // Act
        var error = Assert.Throws<ArgumentException>(() => _store.AppendBrowserLatency(
            [new BrowserLatencySample { RunId = "b", Seq = 1, KeyToCanvasMs = 5 }, new BrowserLatencySample { RunId = "b", Seq = seq, KeyToCanvasMs = ms }]));

        // Assert
        Assert.Contains("Browser latency", error.Message, StringComparison.Ordinal);
        Assert.Empty(_store.GetBrowserLatency("b"));
    }

    [Fact]
    public void WriteSummary_PartialThenFinal_LatestIsFinalAndAllInWriteOrder()
    {
        // Arrange
        _store.CreateRun(new NewRun { Id = "k", Kind = "simulate" });
        _store.WriteSummary(new KpiSummary { RunId = "k", Partial = true, Frame = 10, Values = new Dictionary<string, double> { ["fps_p50"] = 58 } });
        _time.Advance(TimeSpan.FromMinutes(1));

        // Act
        _store.WriteSummary(new KpiSummary { RunId = "k", Partial = false, Frame = 20, Values = new Dictionary<string, double> { ["fps_p50"] = 59.5 } });
        var latest = _store.GetLatestSummary("k");
        var all = _store.GetSummaries("k");

        // Assert
        Assert.NotNull(latest);
        Assert.False(latest.Partial);
        Assert.Equal(59.5, latest.Values["fps_p50"]);
        Assert.Equal(StoreTestData.Start.AddMinutes(1), latest.WrittenAt);
        Assert.Equal([10, 20], all.Select(s => s.Frame));
        Assert.Null(_store.GetLatestSummary("nothing"));
    }

    [Fact]
    public void CompleteRun_Failed_SetsStatusEndTimeAndErrorAndStopsAppends()
    {
        // Arrange
        _store.CreateRun(new NewRun { Id = "f", Kind = "train" });
        _time.Advance(TimeSpan.FromSeconds(30));

        // Act
        var ended = _store.CompleteRun("f", RunStatus.Failed, "out of memory");

        // Assert
        var read = _store.GetRun("f")!;
        Assert.Equal((RunStatus.Failed, "out of memory", ended.EndedAt), (read.Status, read.Error, read.EndedAt));
        Assert.Equal(StoreTestData.Start.AddSeconds(30), ended.EndedAt);
        Assert.Throws<InvalidOperationException>(() => _store.AppendFrames(StoreTestData.Frames("f", 0, 1)));
        Assert.Throws<InvalidOperationException>(() => _store.CompleteRun("f", RunStatus.Completed));
    }
}
