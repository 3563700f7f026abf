using Research.Engine.Storage;

namespace Research.Engine.Tests.Storage;

public sealed class RunStoreKeyFrameAndDeleteTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly LiteDbRunStore _store;

    public RunStoreKeyFrameAndDeleteTests()
    {
        _store = StoreTestData.Open(_directory);
    }

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void SaveKeyFrame_ThenRead_ReturnsSameBytesAndListsFrame()
    {
        // Arrange
        _store.CreateRun(new NewRun { Id = "kf", Kind = "simulate" });
        var large = new byte[300_000];
        StoreTestData.Png(1).CopyTo(large, 0);
        new Random(7).NextBytes(large.AsSpan(16));

        // Act
        _store.SaveKeyFrame("kf", 120, large);
        _store.SaveKeyFrame("kf", 3, StoreTestData.Png(2));
        _store.SaveKeyFrame("kf", 3, StoreTestData.Png(9));

        // Assert
        Assert.Equal(large, _store.ReadKeyFrame("kf", 120));
        Assert.Equal(StoreTestData.Png(9), _store.ReadKeyFrame("kf", 3));
        Assert.Null(_store.ReadKeyFrame("kf", 4));
        Assert.Equal([3, 120], _store.ListKeyFrames("kf"));
    }

    [Fact]
    public void SaveKeyFrame_NotPng_ThrowsArgumentException()
    {
        // Arrange
        _store.CreateRun(new NewRun { Id = "kf", Kind = "simulate" });

        // Act
        var error = Assert.Throws<ArgumentException>(() => _store.SaveKeyFrame("kf", 0, new byte[] { 1, 2, 3 }));

        // Assert
        Assert.Contains("PNG", error.Message);
    }

    [Fact]
    public void DeleteRun_CompletedRun_RemovesItsFramesInputsSummariesAndKeyFramesOnly()
    {
        // Arrange
        foreach (var id in new[] { "gone", "kept" })
        {
            _store.CreateRun(new NewRun { Id = id, Kind = "session" });
            _store.AppendFrames(StoreTestData.Frames(id, 0, 4));
            _store.AppendInputs([new InputTraceEvent { RunId = id, Seq = 0, Kind = "key", Payload = "up" }]);
            _store.AppendBrowserLatency([new BrowserLatencySample { RunId = id, Seq = 0, KeyToCanvasMs = 40 }]);
            _store.WriteSummary(new KpiSummary { RunId = id, Frame = 3 });
            _store.SaveKeyFrame(id, 2, StoreTestData.Png(5));
            _store.CompleteRun(id, RunStatus.Completed);
        }

        // Act
        var deleted = _store.DeleteRun("gone");

        // Assert
        Assert.True(deleted);
        Assert.Null(_store.GetRun("gone"));
        Assert.Empty(_store.GetFrames("gone"));
        Assert.Empty(_store.GetInputs("gone"));
        Assert.Empty(_store.GetBrowserLatency("gone"));
        Assert.Empty(_store.GetSummaries("gone"));
        Assert.Empty(_store.ListKeyFrames("gone"));
        Assert.Null(_store.ReadKeyFrame("gone", 2));
        Assert.Equal(4, _store.GetFrames("kept").Count);
        Assert.Single(_store.GetInputs("kept"));
        Assert.Single(_store.GetBrowserLatency("kept"));
        Assert.Single(_store.GetSummaries("kept"));
        Assert.Equal([2], _store.ListKeyFrames("kept"));
        Assert.False(_store.DeleteRun("gone"));
    }

    [Fact]
    public void DeleteRun_RunningRun_ThrowsAndKeepsIt()
    {
        // Arrange
        _store.CreateRun(new NewRun { Id = "live", Kind = "session" });

        // Act
        Assert.Throws<InvalidOperationException>(() => _store.DeleteRun("live"));

        // Assert
        Assert.NotNull(_store.GetRun("live"));
    }

    [Fact]
    public async Task AppendFrames_ManyThreads_EveryBatchStored()
    {
        // Arrange
        var runs = Enumerable.Range(0, 4).Select(i => _store.CreateRun(new NewRun { Id = $"t{i}", Kind = "simulate" }).Id).ToArray();

        // Act
        await Task.WhenAll(runs.Select(id => Task.Run(() =>
        {
            for (var batch = 0; batch < 10; batch++)
            {
                _store.AppendFrames(StoreTestData.Frames(id, batch * 5, 5));
                _store.WriteSummary(new KpiSummary { RunId = id, Partial = true, Frame = batch * 5 + 4 });
            }
        }, TestContext.Current.CancellationToken)));

        // Assert
        Assert.All(runs, id =>
        {
            Assert.Equal(Enumerable.Range(0, 50), _store.GetFrames(id).Select(f => f.Frame));
            Assert.Equal(49, _store.GetRun(id)!.LastFrame);
            Assert.Equal(10, _store.GetSummaries(id).Count);
        });
    }
}
