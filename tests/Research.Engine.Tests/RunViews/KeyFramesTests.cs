using Research.Engine.RunViews;

namespace Research.Engine.Tests.RunViews;

public sealed class KeyFramesTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(29, 0)]
    [InlineData(30, 30)]
    [InlineData(59, 30)]
    [InlineData(1000, 90)]
    public void AtOrBefore_Frame_NearestKeyFrameAtOrBefore(int frame, int expected)
    {
        Assert.Equal(expected, KeyFrames.AtOrBefore([0, 30, 60, 90], frame));
    }

    [Fact]
    public void AtOrBefore_BeforeFirstKeyFrame_Null()
    {
        Assert.Null(KeyFrames.AtOrBefore([30, 60], 29));
        Assert.Null(KeyFrames.AtOrBefore([], 5));
    }
}
