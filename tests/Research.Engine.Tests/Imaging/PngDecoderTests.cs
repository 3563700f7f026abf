using Research.Engine.Imaging;
using Research.Engine.World;

namespace Research.Engine.Tests.Imaging;

public sealed class PngDecoderTests
{
    [Fact]
    public void Decode_EncodedWorldFrame_IdenticalBytes()
    {
        var world = new WorldSimulator(new WorldOptions { Seed = 3 }, ScenePresets.Get("snow"));
        for (var i = 0; i < 20; i++)
        {
            world.Step(AgentAction.Idle);
        }
        var frame = new FrameRenderer().Render(world, 64);

        var image = PngDecoder.Decode(PngEncoder.Encode(frame, 64, 64));

        Assert.Equal(64, image.Width);
        Assert.Equal(64, image.Height);
        Assert.Equal(frame, image.Rgb);
    }

    [Fact]
    public void DecodeFile_EncodedStripOnDisk_IdenticalBytes()
    {
        var renderer = new FrameRenderer();
        var frames = new[] { 1, 2, 3 }.Select(seed => renderer.Render(new WorldSimulator(new WorldOptions { Seed = seed }), 32)).ToArray();
        var (rgb, width, height) = FrameStrip.Compose(frames, 32, 2);
        var path = Path.Combine(Path.GetTempPath(), $"png-decoder-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, PngEncoder.Encode(rgb, width, height));
        try
        {
            var image = PngDecoder.DecodeFile(path);

            Assert.Equal(new RgbImage(width, height, rgb), image);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(0, new byte[] { 30, 25 })]
    [InlineData(1, new byte[] { 30, 251 })]
    [InlineData(2, new byte[] { 20, 5 })]
    [InlineData(3, new byte[] { 25, 0 })]
    [InlineData(4, new byte[] { 20, 251 })]
    public void Decode_HandFilteredSecondRow_KnownPixels(int filter, byte[] filteredRow)
    {
        // Grey 2x2: row 0 is [10, 20] unfiltered, row 1 is [30, 25] filtered by hand with the given type.
        byte[] scanlines = [0, 10, 20, (byte)filter, .. filteredRow];
        var png = PngTestFile.Build(
            PngTestFile.Header(2, 2, 8, 0),
            PngTestFile.Chunk("IDAT", PngTestFile.Zlib(scanlines)),
            PngTestFile.Chunk("IEND", []));

        var image = PngDecoder.Decode(png);

        Assert.Equal(Grey(10, 20, 30, 25), image.Rgb);
    }

    [Theory]
    [InlineData(30, 20, 10, 30)]
    [InlineData(10, 20, 10, 20)]
    [InlineData(50, 60, 55, 55)]
    [InlineData(10, 10, 0, 10)]
    [InlineData(25, 10, 20, 10)]
    public void Paeth_SpecCases_PicksNearestWithTiesToLeftThenAbove(int left, int above, int upperLeft, int expected)
    {
        Assert.Equal(expected, PngDecoder.Paeth((byte)left, (byte)above, (byte)upperLeft));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Decode_RgbWithEveryRowInOneFilterType_ReconstructsPixels(int filter)
    {
        var pixels = Pattern(7 * 5 * 3, seed: filter);
        var png = PngTestFile.Image(7, 5, 8, 2, Rows(pixels, 5), [filter]);

        var image = PngDecoder.Decode(png);

        Assert.Equal(pixels, image.Rgb);
    }

    [Fact]
    public void Decode_Rgba16WithRowsCyclingFilters_HighBytesWithoutAlpha()
    {
        var samples = Pattern(6 * 10 * 8, seed: 11);

        var image = PngDecoder.Decode(PngTestFile.Image(6, 10, 16, 6, Rows(samples, 10), [0, 1, 2, 3, 4]));

        var expected = Enumerable.Range(0, 6 * 10).SelectMany(p => new[] { samples[p * 8], samples[p * 8 + 2], samples[p * 8 + 4] });
        Assert.Equal(expected, image.Rgb);
    }

    [Fact]
    public void Decode_Rgba8_DropsAlphaKeepsColour()
    {
        byte[] rgba = [200, 100, 50, 255, 10, 20, 30, 0, 1, 2, 3, 128];

        var image = PngDecoder.Decode(PngTestFile.Image(3, 1, 8, 6, [rgba], [1]));

        Assert.Equal([200, 100, 50, 10, 20, 30, 1, 2, 3], image.Rgb);
    }

    [Fact]
    public void Decode_Rgb16_TakesHighBytes()
    {
        byte[] row = [0x12, 0x34, 0xAB, 0xCD, 0xFF, 0x01, 0x00, 0xFF, 0x80, 0x80, 0x7F, 0xFF];

        var image = PngDecoder.Decode(PngTestFile.Image(2, 1, 16, 2, [row], [4]));

        Assert.Equal([0x12, 0xAB, 0xFF, 0x00, 0x80, 0x7F], image.Rgb);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    public void Decode_GreyWithAlpha_GreyReplicatedAlphaDropped(int depth)
    {
        byte[] row = depth == 8 ? [40, 255, 90, 0, 250, 7] : [40, 1, 255, 255, 90, 2, 0, 0, 250, 3, 7, 7];

        var image = PngDecoder.Decode(PngTestFile.Image(3, 2, depth, 4, [row, row], [2]));

        Assert.Equal(Grey(40, 90, 250, 40, 90, 250), image.Rgb);
    }

    [Theory]
    [InlineData(1, new byte[] { 0b1011_0010, 0b0100_0000 }, new byte[] { 255, 0, 255, 255, 0, 0, 255, 0, 0, 255 })]
    [InlineData(2, new byte[] { 0b00_01_10_11, 0b11_10_00_00, 0b01_00_00_00 }, new byte[] { 0, 85, 170, 255, 255, 170, 0, 0, 85, 0 })]
    [InlineData(4, new byte[] { 0x0F, 0x18, 0x7E, 0x23, 0x45 }, new byte[] { 0, 255, 17, 136, 119, 238, 34, 51, 68, 85 })]
    [InlineData(8, new byte[] { 0, 255, 17, 136, 119, 238, 34, 51, 68, 85 }, new byte[] { 0, 255, 17, 136, 119, 238, 34, 51, 68, 85 })]
    [InlineData(16, new byte[] { 0, 9, 255, 0, 17, 1, 136, 0, 119, 0, 238, 0, 34, 0, 51, 0, 68, 0, 85, 255 }, new byte[] { 0, 255, 17, 136, 119, 238, 34, 51, 68, 85 })]
    public void Decode_GreyAtEachBitDepth_ScaledToByte(int depth, byte[] row, byte[] expectedGrey)
    {
        // Ten pixels: sub-byte rows end part-way through a byte; a second, Up-filtered row checks the stride.
        var image = PngDecoder.Decode(PngTestFile.Image(10, 2, depth, 0, [row, row], [0, 2]));

        Assert.Equal(Grey([.. expectedGrey, .. expectedGrey]), image.Rgb);
    }

    [Theory]
    [InlineData(1, new byte[] { 0b1011_0010, 0b0100_0000 }, new[] { 1, 0, 1, 1, 0, 0, 1, 0, 0, 1 })]
    [InlineData(2, new byte[] { 0b00_01_10_11, 0b11_10_00_00, 0b01_00_00_00 }, new[] { 0, 1, 2, 3, 3, 2, 0, 0, 1, 0 })]
    [InlineData(4, new byte[] { 0x0F, 0x1E, 0x7A, 0x23, 0x45 }, new[] { 0, 15, 1, 14, 7, 10, 2, 3, 4, 5 })]
    [InlineData(8, new byte[] { 0, 15, 1, 14, 7, 10, 2, 3, 4, 255 }, new[] { 0, 15, 1, 14, 7, 10, 2, 3, 4, 255 })]
    public void Decode_PaletteAtEachBitDepth_LooksUpColoursIgnoringTransparency(int depth, byte[] row, int[] indices)
    {
        var palette = Pattern(256 * 3, seed: depth)[..(3 * Math.Min(256, indices.Max() + 1))];

        var image = PngDecoder.Decode(PngTestFile.Image(10, 3, depth, 3, [row, row, row], [0, 3, 4], palette, transparency: [0, 128]));

        var expected = Enumerable.Repeat(indices, 3).SelectMany(r => r).SelectMany(i => palette[(i * 3)..(i * 3 + 3)]);
        Assert.Equal(expected, image.Rgb);
    }

    [Fact]
    public void Decode_IdatSplitAcrossChunksAmongAncillaryChunks_Concatenated()
    {
        var pixels = Pattern(9 * 4 * 3, seed: 5);
        var compressed = PngTestFile.Zlib(PngTestFile.Filtered(Rows(pixels, 4), 3, [4, 1]));
        var idats = compressed.Chunk(5).Select(part => PngTestFile.Chunk("IDAT", part));
        byte[][] chunks =
        [
            PngTestFile.Header(9, 4, 8, 2),
            PngTestFile.Chunk("tEXt", "Comment\0hand-built"u8),
            PngTestFile.Chunk("gAMA", [0, 0, 0xB1, 0x8F]),
            .. idats,
            PngTestFile.Chunk("tIME", [7, 233, 1, 2, 3, 4, 5]),
            PngTestFile.Chunk("IEND", []),
        ];

        var image = PngDecoder.Decode(PngTestFile.Build(chunks));

        Assert.Equal(pixels, image.Rgb);
    }

    internal static byte[] Pattern(int length, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    internal static byte[][] Rows(byte[] bytes, int height) => bytes.Chunk(bytes.Length / height).ToArray();

    private static byte[] Grey(params byte[] values) => [.. values.SelectMany(v => new[] { v, v, v })];
}
