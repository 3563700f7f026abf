using Research.Engine.Imaging;

namespace Research.Engine.Tests.Imaging;

public sealed class ImageResizeTests
{
    private static readonly byte[] Red = [220, 30, 40], Blue = [20, 60, 200], Green = [0, 255, 0];

    [Fact]
    public void ToSquare_128x96HalvesWithSideBands_CroppedAndAveragedToTwoColours()
    {
        // Columns 0-15 and 112-127 fall outside the centred 96x96 crop; the crop's left half is red, right half blue.
        var image = Paint(128, 96, (x, _) => x < 16 || x >= 112 ? Green : x < 64 ? Red : Blue);

        var rgb = ImageResize.ToSquare(image, 64);

        Assert.Equal(64 * 64 * 3, rgb.Length);
        for (var y = 0; y < 64; y++)
        {
            for (var x = 0; x < 64; x++)
            {
                Assert.Equal(x < 32 ? Red : Blue, rgb[((y * 64 + x) * 3)..((y * 64 + x) * 3 + 3)]);
            }
        }
    }

    [Fact]
    public void ToSquare_128x96Checkerboard_AverageColourIsTheMeanOfTheTwo()
    {
        byte[] dark = [10, 40, 200], light = [250, 200, 0];
        var image = Paint(128, 96, (x, y) => (x + y) % 2 == 0 ? dark : light);

        var rgb = ImageResize.ToSquare(image, 64);

        Assert.Equal(64 * 64 * 3, rgb.Length);
        for (var c = 0; c < 3; c++)
        {
            var mean = Enumerable.Range(0, 64 * 64).Average(p => rgb[p * 3 + c]);
            Assert.Equal((dark[c] + light[c]) / 2.0, mean, 0.5);
        }
        // Each output pixel covers 1.5 x 1.5 source pixels, so none is left as either pure colour.
        Assert.DoesNotContain(Enumerable.Range(0, 64 * 64), p => rgb[p * 3] is 10 or 250);
    }

    [Fact]
    public void ToSquare_HalvingSize_AveragesTwoByTwoBlocks()
    {
        var image = new RgbImage(4, 4, [.. Enumerable.Range(0, 48).Select(i => (byte)(i * 5))]);

        var rgb = ImageResize.ToSquare(image, 2);

        // Top-left block: pixels 0, 1, 4, 5; channel 0 bytes 0, 15, 60, 75 -> mean 37.5 rounds to even, 38.
        Assert.Equal(38, rgb[0]);
        Assert.Equal(Enumerable.Range(0, 2 * 2 * 3).Select(Block), rgb.Select(b => (int)b));

        int Block(int i)
        {
            int p = i / 3, c = i % 3, x = p % 2 * 2, y = p / 2 * 2;
            var sum = new[] { (x, y), (x + 1, y), (x, y + 1), (x + 1, y + 1) }.Sum(q => image.Rgb[(q.Item2 * 4 + q.Item1) * 3 + c]);
            return (int)Math.Round(sum / 4.0);
        }
    }

    [Fact]
    public void ToSquare_Enlarging_NearestNeighbourBlocks()
    {
        var image = new RgbImage(2, 2, [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);

        var rgb = ImageResize.ToSquare(image, 4);

        byte[] expected = [1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4];
        Assert.Equal(expected.SelectMany(v => new[] { v, v, v }), rgb);
    }

    [Fact]
    public void ToSquare_TallImageAtCropSize_ReturnsCentreRows()
    {
        var image = Paint(2, 4, (x, y) => [(byte)x, (byte)y, 0]);

        var rgb = ImageResize.ToSquare(image, 2);

        Assert.Equal([0, 1, 0, 1, 1, 0, 0, 2, 0, 1, 2, 0], rgb);
    }

    [Fact]
    public void ToSquare_DecodedPngAtFrameSize_SameBytes()
    {
        var frame = PngDecoderTests.Pattern(64 * 64 * 3, seed: 2);

        var rgb = ImageResize.ToSquare(PngDecoder.Decode(PngEncoder.Encode(frame, 64, 64)), 64);

        Assert.Equal(frame, rgb);
    }

    [Fact]
    public void ToSquare_ZeroSize_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ImageResize.ToSquare(new RgbImage(1, 1, [0, 0, 0]), 0));
    }

    private static RgbImage Paint(int width, int height, Func<int, int, byte[]> colour)
    {
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                colour(x, y).CopyTo(rgb, (y * width + x) * 3);
            }
        }
        return new RgbImage(width, height, rgb);
    }
}
