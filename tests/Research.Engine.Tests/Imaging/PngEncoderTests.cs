using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Research.Engine.Imaging;

namespace Research.Engine.Tests.Imaging;

public sealed class PngEncoderTests
{
    [Fact]
    public void Encode_SmallImage_ChunksCarryValidCrcAndPixelsRoundTrip()
    {
        var rgb = Enumerable.Range(0, 5 * 3 * 3).Select(i => (byte)(i * 7)).ToArray();

        var png = PngEncoder.Encode(rgb, 5, 3);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        var chunks = ReadChunks(png);
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        Assert.Equal(5, BinaryPrimitives.ReadInt32BigEndian(chunks[0].Data));
        Assert.Equal(3, BinaryPrimitives.ReadInt32BigEndian(chunks[0].Data.AsSpan(4)));
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(chunks[1].Data), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        var rows = inflated.ToArray();
        Assert.Equal(3 * (1 + 15), rows.Length);
        Assert.Equal(rgb[15..30], rows[17..32]);
    }

    [Fact]
    public void Encode_WrongBufferLength_ThrowsNamingSizes()
    {
        var error = Assert.Throws<ArgumentException>(() => PngEncoder.Encode(new byte[10], 2, 2));

        Assert.Contains("12 bytes", error.Message);
    }

    private static List<(string Type, byte[] Data)> ReadChunks(byte[] png)
    {
        var chunks = new List<(string, byte[])>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png[(at + 8)..(at + 8 + length)];
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(Crc32.HashToUInt32(png.AsSpan(at + 4, 4 + length)), crc);
            chunks.Add((type, data));
            at += 12 + length;
        }
        return chunks;
    }
}
