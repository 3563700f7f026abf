using Research.Engine.RunViews;
using Research.Engine.Storage;

namespace Research.Engine.Tests.RunViews;

public sealed class RunSeriesTests
{
    [Fact]
    public void OpeningFrame_KeyFramesStored_FirstKeyFrame()
    {
        var series = Series(firstFrame: 1, lastFrame: 90, keyFrames: [30, 60, 90]);

        Assert.Equal(30, series.OpeningFrame);
    }

    [Fact]
    public void OpeningFrame_NoKeyFrames_FirstFrame()
    {
        var series = Series(firstFrame: 1, lastFrame: 20, keyFrames: []);

        Assert.Equal(1, series.OpeningFrame);
    }

    [Fact]
    public void OpeningFrame_NoFrames_Zero()
    {
        var series = new RunSeries(new RunDocument { Id = "run" }, [], [], null, []);

        Assert.Equal(0, series.OpeningFrame);
    }

    private static RunSeries Series(int firstFrame, int lastFrame, IReadOnlyList<int> keyFrames) =>
        new(
            new RunDocument { Id = "run" },
            Enumerable.Range(firstFrame, lastFrame - firstFrame + 1).Select(f => new FrameMetrics { RunId = "run", Frame = f }).ToList(),
            [],
            null,
            keyFrames);
}
