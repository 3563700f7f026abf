using Research.Engine.Storage;

namespace Research.Engine.Tests.Storage;

public sealed class RunStoreModesTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly LiteDbRunStore _store;

    public RunStoreModesTests() => _store = StoreTestData.Open(_directory);

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void SetModes_TwoModes_RoundTripAfterReopenAndCompletion()
    {
        var id = _store.CreateRun(new NewRun { Kind = "session", QualityMode = "fast" }).Id;
        _store.SetModes(id, [new ModeUse { Mode = "fast", Frames = 3, Seconds = 0.1 }]);

        _store.SetModes(id, [new ModeUse { Mode = "fast", Frames = 30, Seconds = 1.5 }, new ModeUse { Mode = " quality ", Frames = 60, Seconds = 6 }]);
        _store.CompleteRun(id, RunStatus.Completed);
        _store.Dispose();
        using var reopened = StoreTestData.Open(_directory);

        var run = reopened.GetRun(id)!;
        Assert.Equal([("fast", 30, 1.5), ("quality", 60, 6.0)], run.Modes.Select(m => (m.Mode, m.Frames, m.Seconds)));
        Assert.Equal("fast", run.QualityMode);
    }

    [Fact]
    public void GetRun_NoModesStored_EmptyList()
    {
        var id = _store.CreateRun(new NewRun { Kind = "train" }).Id;

        Assert.Empty(_store.GetRun(id)!.Modes);
    }

    [Theory]
    [InlineData("", 1, 1.0)]
    [InlineData("fast", -1, 1.0)]
    [InlineData("fast", 1, double.NaN)]
    [InlineData("fast", 1, -0.5)]
    public void SetModes_BadEntry_Throws(string mode, int frames, double seconds)
    {
        var id = _store.CreateRun(new NewRun { Kind = "session" }).Id;

        Assert.Throws<ArgumentException>(() => _store.SetModes(id, [new ModeUse { Mode = mode, Frames = frames, Seconds = seconds }]));
    }

    [Fact]
    public void SetModes_SameModeTwice_Throws()
    {
        var id = _store.CreateRun(new NewRun { Kind = "session" }).Id;

        Assert.Throws<ArgumentException>(() => _store.SetModes(id, [new ModeUse { Mode = "fast" }, new ModeUse { Mode = "Fast" }]));
    }

    [Fact]
    public void SetModes_UnknownRun_Throws() =>
        Assert.Throws<KeyNotFoundException>(() => _store.SetModes("session-nobody", [new ModeUse { Mode = "fast" }]));

    [Theory]
    [InlineData(new[] { "quality:8", "fast:2" }, "quality 80%, fast 20%")]
    [InlineData(new[] { "fast:2", "quality:8" }, "quality 80%, fast 20%")]
    [InlineData(new[] { "balanced:5" }, "balanced")]
    [InlineData(new[] { "fast:999", "quality:0.001" }, "fast 100%, quality <1%")]
    [InlineData(new[] { "fast:1", "quality:0" }, "fast")]
    public void Describe_RecordedModes_SharesOfTimeLargestFirst(string[] modes, string expected)
    {
        var run = new RunDocument
        {
            QualityMode = "fast",
            Modes = [.. modes.Select(m => m.Split(':')).Select(p => new ModeUse { Mode = p[0], Seconds = double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture) })],
        };

        Assert.Equal(expected, ModeShares.Describe(run));
    }

    [Fact]
    public void Describe_NothingRecorded_TheStartingMode() =>
        Assert.Equal("quality", ModeShares.Describe(new RunDocument { QualityMode = "quality" }));
}
