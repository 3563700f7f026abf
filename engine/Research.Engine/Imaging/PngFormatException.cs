namespace Research.Engine.Imaging;

/// <summary>
/// A PNG file is not a PNG, is truncated or corrupt, or uses a feature the decoder does not support; the message
/// names the file, the chunk and byte offset when known, and what is wrong.
/// </summary>
public sealed class PngFormatException : Exception
{
    /// <summary>Creates the exception; <paramref name="filePath"/> is null when decoding bytes that came from no file.</summary>
    public PngFormatException(string? filePath, string problem, string? chunk = null, long? offset = null, Exception? innerException = null)
        : base($"{filePath ?? "PNG data"}: {problem}{Where(chunk, offset)}", innerException)
    {
        FilePath = filePath;
        Problem = problem;
        Chunk = chunk;
        Offset = offset;
    }

    /// <summary>The file at fault, or null when decoding from memory.</summary>
    public string? FilePath { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>Type of the chunk at fault (e.g. <c>IDAT</c>), if any.</summary>
    public string? Chunk { get; }

    /// <summary>Byte offset in the file where the problem was found (a chunk's start), if known.</summary>
    public long? Offset { get; }

    private static string Where(string? chunk, long? offset) => (chunk, offset) switch
    {
        ({ } c, { } o) => $" (chunk {c} at byte {o})",
        ({ } c, null) => $" (chunk {c})",
        (null, { } o) => $" (at byte {o})",
        _ => "",
    };
}
