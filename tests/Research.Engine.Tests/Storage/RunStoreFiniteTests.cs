using Research.Engine.Reports;
using Research.Engine.Storage;

namespace Research.Engine.Tests.Storage;

public sealed class RunStoreFiniteTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly LiteDbRunStore _store;

    public RunStoreFiniteTests()
    {
        _store = StoreTestData.Open(_directory, new ManualTimeProvider(StoreTestData.Start));
    }

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void AppendFrames_NonFiniteValues_StoredWithoutThem()
    {
        var run = _store.CreateRun(new NewRun { Kind = "session" });

        _store.AppendFrames([new FrameMetrics
        {
            RunId = run.Id, Frame = 1, TimeMs = 33,
            Values = new Dictionary<string, double> { ["psnr"] = double.NaN, ["ssim"] = 0.5, ["loss"] = double.PositiveInfinity },
        }]);

        var stored = Assert.Single(_store.GetFrames(run.Id));
        Assert.Equal(["ssim"], stored.Values.Keys);
    }

    [Fact]
    public void AppendFrames_NonFiniteTime_ThrowsNamingField()
    {
        var run = _store.CreateRun(new NewRun { Kind = "session" });

        var error = Assert.Throws<ArgumentException>(() => _store.AppendFrames([new FrameMetrics { RunId = run.Id, Frame = 1, TimeMs = double.NaN }]));

        Assert.Contains("TimeMs of frame 1", error.Message);
        Assert.Empty(_store.GetFrames(run.Id));
    }

    [Fact]
    public void WriteSummary_NonFiniteValue_StoredWithoutIt()
    {
        var run = _store.CreateRun(new NewRun { Kind = "session" });

        var stored = _store.WriteSummary(new KpiSummary { RunId = run.Id, Values = new Dictionary<string, double> { ["a"] = double.NegativeInfinity, ["b"] = 2 } });

        Assert.Equal(["b"], stored.Values.Keys);
    }

    [Theory]
    [InlineData(double.NaN, "")]
    [InlineData(double.PositiveInfinity, "")]
    [InlineData(1.23456, "1.235")]
    public void Format_Value_FiniteOrEmpty(double value, string expected) => Assert.Equal(expected, CsvNumber.Format(value, "F3"));
}
