using Research.Engine.Imaging;

namespace Research.Engine.Tests.Imaging;

public sealed class RgbImageTests
{
    [Fact]
    public void Constructor_WrongBufferLength_ThrowsNamingSizes()
    {
        var error = Assert.Throws<ArgumentException>(() => new RgbImage(2, 2, new byte[11]));

        Assert.Contains("needs 12 bytes, not 11", error.Message);
    }

    [Fact]
    public void Equals_SamePixelsInDifferentArrays_True()
    {
        Assert.Equal(new RgbImage(1, 2, [1, 2, 3, 4, 5, 6]), new RgbImage(1, 2, [1, 2, 3, 4, 5, 6]));
        Assert.NotEqual(new RgbImage(1, 2, [1, 2, 3, 4, 5, 6]), new RgbImage(2, 1, [1, 2, 3, 4, 5, 6]));
    }
}
