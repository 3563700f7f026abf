using Research.Engine.Imaging;
using Research.Engine.RunViews;

namespace Research.Engine.Tests.RunViews;

public sealed class KeyFramePanelsTests
{
    [Theory]
    [InlineData(KeyFramePanel.Model, 10)]
    [InlineData(KeyFramePanel.Truth, 20)]
    [InlineData(KeyFramePanel.Error, 30)]
    public void Crop_StoredKeyFrame_ThatPanelOnly(KeyFramePanel panel, byte fill)
    {
        // The same layout sessions store: three 4x4 panels composed with FrameStrip.
        var (rgb, width, height) = FrameStrip.Compose([Filled(10), Filled(20), Filled(30)], 4, 3);
        var png = PngEncoder.Encode(rgb, width, height);

        var image = PngDecoder.Decode(KeyFramePanels.Crop(png, panel));

        Assert.Equal(new RgbImage(4, 4, Filled(fill)), image);
    }

    [Fact]
    public void Crop_NotThreePanels_Throws()
    {
        var png = PngEncoder.Encode(new byte[4 * 4 * 3], 4, 4);

        Assert.Throws<ArgumentException>(() => KeyFramePanels.Crop(png, KeyFramePanel.Truth));
    }

    [Fact]
    public void Crop_NotPng_Throws()
    {
        Assert.Throws<PngFormatException>(() => KeyFramePanels.Crop([1, 2, 3], KeyFramePanel.Model));
    }

    private static byte[] Filled(byte value) => Enumerable.Repeat(value, 4 * 4 * 3).ToArray();
}
