using Research.Engine.Models;

namespace Research.Engine.Tests.Models;

public sealed class LatentMemoryTests
{
    private const int Channels = 2;
    private const int Size = 16;
    private const int Plane = Size * Size;

    [Fact]
    public void Read_SameView_ReturnsWrittenLatentAndFullMask()
    {
        var memory = new LatentMemory(Channels, Size, 256);
        var latent = Latent(seed: 1);
        memory.Write(latent, (40f, 80f), frame: 3);
        var read = new float[memory.ReadLength];

        memory.Read(read, (40f, 80f), frame: 4, horizonFrames: 10);

        Assert.Equal(latent, read[..(Channels * Plane)]);
        Assert.All(read[(Channels * Plane)..], m => Assert.Equal(1f, m));
    }

    [Fact]
    public void Read_ViewMovedOneCellRight_SeesShiftedLatentAndUnknownColumn()
    {
        var memory = new LatentMemory(Channels, Size, 256);
        var latent = Latent(seed: 2);
        memory.Write(latent, (40f, 80f), frame: 0);
        var read = new float[memory.ReadLength];

        memory.Read(read, (44f, 80f), frame: 1, horizonFrames: 10);

        // Cell x of the new view is cell x + 1 of the old one; the last column was never seen.
        Assert.Equal(latent[1 * Size + 1], read[1 * Size]);
        Assert.Equal(latent[Plane + 5 * Size + 8], read[Plane + 5 * Size + 7]);
        Assert.Equal(0f, read[Channels * Plane + 3 * Size + Size - 1]);
        Assert.Equal(1f, read[Channels * Plane + 3 * Size + Size - 2]);
    }

    [Fact]
    public void Read_OlderThanHorizon_Forgotten()
    {
        var memory = new LatentMemory(Channels, Size, 256);
        memory.Write(Latent(seed: 3), (0f, 0f), frame: 0);
        var read = new float[memory.ReadLength];

        memory.Read(read, (0f, 0f), frame: 901, horizonFrames: 900);

        Assert.All(read, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Write_ViewPartlyOutsideWorld_KeepsInsideCells()
    {
        var memory = new LatentMemory(Channels, Size, 64);
        var latent = Latent(seed: 4);
        memory.Write(latent, (8f, 0f), frame: 0);
        var read = new float[memory.ReadLength];

        memory.Read(read, (0f, 0f), frame: 0, horizonFrames: 0);

        Assert.Equal(latent[0], read[2]);
        Assert.Equal(0f, read[Channels * Plane + 1]);
        Assert.Equal(1f, read[Channels * Plane + 2]);
    }

    private static float[] Latent(int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, Channels * Plane).Select(_ => (float)random.NextDouble() * 2 - 1)];
    }
}
