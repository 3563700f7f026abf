// Not Research.Workbench.Tests.Runs: that namespace would hide the Runs page type in the page tests.
namespace Research.Workbench.Tests;

public sealed class RunTagsTests
{
    [Fact]
    public void TryParse_CommaSeparated_TrimmedTags()
    {
        var valid = RunTags.TryParse(" baseline ,night,  x", out var tags, out var error);

        Assert.True(valid);
        Assert.Null(error);
        Assert.Equal(["baseline", "night", "x"], tags);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void TryParse_Blank_NoTags(string? text)
    {
        Assert.True(RunTags.TryParse(text, out var tags, out _));
        Assert.Empty(tags);
    }

    [Fact]
    public void TryParse_LimitsExactlyMet_Valid()
    {
        var text = string.Join(",", Enumerable.Range(0, RunTags.MaxCount).Select(i => new string('t', RunTags.MaxLength - 2) + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));

        Assert.True(RunTags.TryParse(text, out var tags, out _));
        Assert.Equal(RunTags.MaxCount, tags.Count);
    }

    [Theory]
    [InlineData("a,,b")]
    [InlineData("a,")]
    [InlineData("12345678901234567890123456789012345678901")]
    [InlineData("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21")]
    public void TryParse_OutsideLimits_RefusedWithMessage(string text)
    {
        var valid = RunTags.TryParse(text, out var tags, out var error);

        Assert.False(valid);
        Assert.Empty(tags);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
