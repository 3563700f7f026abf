namespace Research.Engine.Imaging;

/// <summary>The fields of a PNG's IHDR chunk the decoder uses, with the sizes they imply.</summary>
internal sealed record PngHeader(int Width, int Height, int BitDepth, int ColourType)
{
    /// <summary>Samples a pixel: grey 1, RGB 3, palette index 1, grey+alpha 2, RGBA 4.</summary>
    public int Channels => ColourType switch
    {
        2 => 3,
        4 => 2,
        6 => 4,
        _ => 1,
    };

    /// <summary>Bytes in one scanline, without its filter byte.</summary>
    public int Stride => (Width * Channels * BitDepth + 7) / 8;

    /// <summary>The filters' byte distance to the "left" pixel: bytes a pixel, at least 1.</summary>
    public int FilterUnit => Math.Max(1, Channels * BitDepth / 8);

    /// <summary>Bytes of inflated image data: a filter byte and a scanline for each row.</summary>
    public int InflatedLength => Height * (1 + Stride);

    /// <summary>A name for messages, e.g. "palette".</summary>
    public string ColourName => Name(ColourType);

    /// <summary>The colour type's name in the PNG specification's terms.</summary>
    public static string Name(int colourType) => colourType switch
    {
        0 => "greyscale",
        2 => "truecolour",
        3 => "palette",
        4 => "greyscale with alpha",
        6 => "truecolour with alpha",
        _ => "unknown",
    };
}
