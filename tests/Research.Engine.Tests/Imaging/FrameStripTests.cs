using Research.Engine.Imaging;

namespace Research.Engine.Tests.Imaging;

public sealed class FrameStripTests
{
    [Fact]
    public void Tile_ComposedSheetOfTwoRows_EachTileBack()
    {
        var tiles = Enumerable.Range(1, 5).Select(i => Enumerable.Repeat((byte)(i * 10), 3 * 3 * 3).ToArray()).ToList();
        var (rgb, width, height) = FrameStrip.Compose(tiles, 3, columns: 3);
        var sheet = new RgbImage(width, height, rgb);

        for (var i = 0; i < tiles.Count; i++)
        {
            Assert.Equal(new RgbImage(3, 3, tiles[i]), FrameStrip.Tile(sheet, i, 3, columns: 3));
        }
    }

    [Fact]
    public void Tile_OutsideSheet_Throws()
    {
        var (rgb, width, height) = FrameStrip.Compose([new byte[2 * 2 * 3], new byte[2 * 2 * 3]], 2, columns: 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => FrameStrip.Tile(new RgbImage(width, height, rgb), 2, 2, columns: 2));
    }
}
