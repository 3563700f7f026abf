// Not Research.Workbench.Tests.Runs: that namespace would hide the Runs page type in the page tests.
namespace Research.Workbench.Tests;

public sealed class RunSelectionTests
{
    [Theory]
    [InlineData("a,b", 2)]
    [InlineData(" a , b ,c,d ", 4)]
    public void TryParseIds_TwoToFour_IdsInOrder(string runs, int count)
    {
        Assert.True(RunSelection.TryParseIds(runs, out var ids, out var error), error);
        Assert.Equal(count, ids.Count);
        Assert.Equal("a", ids[0]);
    }

    [Theory]
    [InlineData(null, "names 0")]
    [InlineData("a", "names 1")]
    [InlineData("a,,", "names 1")]
    [InlineData("a,b,c,d,e", "names 5")]
    [InlineData("a,b,a", "named twice")]
    public void TryParseIds_WrongCountOrRepeat_Refused(string? runs, string message)
    {
        Assert.False(RunSelection.TryParseIds(runs, out var ids, out var error));
        Assert.Empty(ids);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Urls_Ids_Escaped()
    {
        Assert.Equal("/runs/a%2Fb", RunSelection.DetailUrl("a/b"));
        Assert.Equal("/compare?runs=a,b%26c", RunSelection.CompareUrl(["a", "b&c"]));
    }
}
