using System.IO.Compression;

namespace Research.Engine.Datasets;

/// <summary>Constants of the episode file format (see datasets/README.md, which is the specification).</summary>
public static class EpisodeFormat
{
    /// <summary>The format version this engine writes and reads.</summary>
    public const int Version = 1;

    /// <summary>File extension of a complete episode.</summary>
    public const string Extension = ".rwe";

    /// <summary>Suffix of an episode being written; it is renamed to <see cref="Extension"/> when complete.</summary>
    public const string PartialSuffix = ".partial";

    internal const byte FrameTag = (byte)'F';
    internal const byte EndTag = (byte)'E';
    internal const byte DeflateCompression = 1;

    /// <summary>Length of the trailer: tag, frame count, end marker.</summary>
    internal const int TrailerLength = 1 + 4 + 8;

    /// <summary>Bigger records are corrupt: a 256x256 frame stored uncompressed plus ground truth is far smaller.</summary>
    internal const int MaxRecordLength = 16 << 20;

    /// <summary>zlib level 3: measured 27% smaller than level 1 (Fastest) on this world's frames at about half the speed, still faster than rendering.</summary>
    internal static ZLibCompressionOptions Compression => new() { CompressionLevel = 3 };

    /// <summary>The first eight bytes of every episode file: PNG-style, so text-mode transfers and truncation show.</summary>
    internal static ReadOnlySpan<byte> Magic => [0x89, (byte)'R', (byte)'W', (byte)'E', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The last eight bytes of a complete episode file.</summary>
    internal static ReadOnlySpan<byte> EndMarker => "RWE-END\n"u8;

    /// <summary>The file name of episode <paramref name="index"/>, e.g. episode-000042.rwe.</summary>
    public static string FileName(int index) => $"episode-{index:D6}{Extension}";
}
