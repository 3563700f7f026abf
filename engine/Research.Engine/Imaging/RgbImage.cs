namespace Research.Engine.Imaging;

/// <summary>An 8-bit RGB image: row-major, 3 bytes a pixel, rows without padding.</summary>
/// <remarks>
/// Two images are equal when their sizes and every pixel byte match (not when they share an array), so
/// tests can compare decoded images directly. The array is held, not copied.
/// </remarks>
public sealed record RgbImage
{
    /// <summary>Wraps <paramref name="rgb"/>, which must hold exactly <paramref name="width"/> * <paramref name="height"/> * 3 bytes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is zero or negative.</exception>
    /// <exception cref="ArgumentException">The buffer has the wrong length.</exception>
    public RgbImage(int width, int height, byte[] rgb)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(rgb);
        if (rgb.LongLength != 3L * width * height)
        {
            throw new ArgumentException($"An RGB image of {width}x{height} needs {3L * width * height} bytes, not {rgb.LongLength}.", nameof(rgb));
        }
        Width = width;
        Height = height;
        Rgb = rgb;
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>The pixels: row-major, R, G, B for each pixel.</summary>
    public byte[] Rgb { get; }

    /// <summary>True when <paramref name="other"/> has the same size and the same pixel bytes.</summary>
    public bool Equals(RgbImage? other) =>
        other is not null && Width == other.Width && Height == other.Height && Rgb.AsSpan().SequenceEqual(other.Rgb);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Width);
        hash.Add(Height);
        hash.AddBytes(Rgb);
        return hash.ToHashCode();
    }
}
