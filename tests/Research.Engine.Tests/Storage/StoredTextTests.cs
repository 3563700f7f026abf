using Research.Engine.Storage;

namespace Research.Engine.Tests.Storage;

public sealed class StoredTextTests
{
    [Fact]
    public void Prefix_CutInsideASurrogatePair_KeepsThePairWhole()
    {
        var text = "ab\U0001F600cd";

        Assert.Equal("ab", StoredText.Prefix(text, 3));
    }

    [Fact]
    public void Quote_LongText_StartAndLength()
    {
        var quoted = StoredText.Quote(new string('x', 1000));

        Assert.Equal(new string('x', StoredText.MaxQuoteLength) + "... (1000 characters)", quoted);
    }
}
