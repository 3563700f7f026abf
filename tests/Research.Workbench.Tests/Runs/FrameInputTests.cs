// Not Research.Workbench.Tests.Runs: that namespace would hide the Runs page type in the page tests.
namespace Research.Workbench.Tests;

public sealed class FrameInputTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData(" 42 ", 42)]
    [InlineData("99", 99)]
    public void TryParse_FrameInRange_Frame(string text, int expected)
    {
        Assert.True(FrameInput.TryParse(text, 99, out var frame, out var error), error);
        Assert.Equal(expected, frame);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("100")]
    [InlineData("1.5")]
    [InlineData("ten")]
    [InlineData("99999999999")]
    public void TryParse_NotAFrameOfTheRun_RefusedWithRange(string? text)
    {
        Assert.False(FrameInput.TryParse(text, 99, out _, out var error));
        Assert.Equal("Enter a frame from 0 to 99.", error);
    }

    [Fact]
    public void TryParse_RunWithoutFrames_Refused()
    {
        Assert.False(FrameInput.TryParse("0", -1, out _, out var error));
        Assert.Equal("This run has no frames.", error);
    }
}
