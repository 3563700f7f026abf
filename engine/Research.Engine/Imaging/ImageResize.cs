namespace Research.Engine.Imaging;

/// <summary>Fits images to the world model's square frames.</summary>
public static class ImageResize
{
    /// <summary>
    /// Crops the centred square of <paramref name="image"/> (the side is the smaller dimension), then scales it
    /// to <paramref name="size"/> x <paramref name="size"/>: an area average when shrinking (each output pixel
    /// is the mean of the source area it covers, partly covered pixels weighted by their share), nearest
    /// neighbour when enlarging.
    /// </summary>
    /// <returns>size * size * 3 RGB bytes, row-major.</returns>
    /// <remarks>When the crop cannot be centred exactly, the extra pixel is cut from the right or bottom.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is not positive.</exception>
    public static byte[] ToSquare(RgbImage image, int size)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var side = Math.Min(image.Width, image.Height);
        int left = (image.Width - side) / 2, top = (image.Height - side) / 2;
        return side < size
            ? Enlarge(image, left, top, side, size)
            : Shrink(image, left, top, side, size);
    }

    private static byte[] Enlarge(RgbImage image, int left, int top, int side, int size)
    {
        var output = new byte[size * size * 3];
        for (var y = 0; y < size; y++)
        {
            // Sample at the output pixel's centre, so the blocks are centred on the source pixels.
            var sourceY = top + (2 * y + 1) * side / (2 * size);
            for (var x = 0; x < size; x++)
            {
                var sourceX = left + (2 * x + 1) * side / (2 * size);
                image.Rgb.AsSpan((sourceY * image.Width + sourceX) * 3, 3).CopyTo(output.AsSpan((y * size + x) * 3));
            }
        }
        return output;
    }

    private static byte[] Shrink(RgbImage image, int left, int top, int side, int size)
    {
        var weights = AreaWeights(side, size);
        // Rows first: each crop row becomes size averaged pixels, then columns of those are averaged.
        var rows = new double[side * size * 3];
        for (var y = 0; y < side; y++)
        {
            var source = image.Rgb.AsSpan(((top + y) * image.Width + left) * 3, side * 3);
            for (var x = 0; x < size; x++)
            {
                foreach (var (from, weight) in weights[x])
                {
                    for (var c = 0; c < 3; c++)
                    {
                        rows[(y * size + x) * 3 + c] += weight * source[from * 3 + c];
                    }
                }
            }
        }
        var output = new byte[size * size * 3];
        for (var y = 0; y < size; y++)
        {
            for (var i = 0; i < size * 3; i++)
            {
                var sum = 0.0;
                foreach (var (from, weight) in weights[y])
                {
                    sum += weight * rows[from * size * 3 + i];
                }
                output[y * size * 3 + i] = (byte)Math.Clamp(Math.Round(sum), 0, 255);
            }
        }
        return output;
    }

    /// <summary>
    /// For each of <paramref name="size"/> output pixels, the source pixels (of <paramref name="side"/> &gt;= size)
    /// it covers and the share of its area each contributes; the shares sum to 1.
    /// </summary>
    private static (int From, double Weight)[][] AreaWeights(int side, int size)
    {
        var weights = new (int, double)[size][];
        for (var o = 0; o < size; o++)
        {
            // In units of 1/size of a source pixel, output o spans [o * side, (o + 1) * side) and source i spans
            // [i * size, (i + 1) * size): integer overlaps, so the shares are exact ratios.
            long start = (long)o * side, end = start + side;
            var list = new List<(int, double)>();
            for (var i = (int)(start / size); i * (long)size < end; i++)
            {
                var overlap = Math.Min(end, (i + 1L) * size) - Math.Max(start, (long)i * size);
                list.Add((i, (double)overlap / side));
            }
            weights[o] = [.. list];
        }
        return weights;
    }
}
