using System.Buffers.Binary;
using System.Text;
using Research.Engine.World;

namespace Research.Engine.Datasets;

/// <summary>
/// Streams an episode file one record at a time: only the current record is in memory, however long the
/// episode. Checks the magic, version, every record's CRC and the trailer, and throws
/// <see cref="DatasetFormatException"/> naming the file, byte offset and frame of the first problem.
/// Not thread-safe.
/// </summary>
public sealed partial class EpisodeReader : IDisposable
{
    private const int FixedHeaderLength = 12;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private byte[] _buffer = new byte[64 << 10];
    private long _offset;
    private bool _inFrames;
    private SceneParameters _scene;
    private string _prompt = "";
    private IReadOnlyList<int> _tokens = [];

    /// <summary>Opens <paramref name="path"/> and reads its header.</summary>
    /// <exception cref="DatasetFormatException">The file is missing or its header is invalid.</exception>
    public EpisodeReader(string path)
        : this(OpenFile(path), path, leaveOpen: false)
    {
    }

    /// <summary>Reads an episode from <paramref name="stream"/>, positioned at the file's start; <paramref name="path"/> names it in errors.</summary>
    internal EpisodeReader(Stream stream, string path, bool leaveOpen)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        Path = path;
        try
        {
            Header = ReadHeader();
            _inFrames = true;
            _scene = ScenePresets.Get(Header.Preset);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The file being read.</summary>
    public string Path { get; }

    /// <summary>The episode's header.</summary>
    public EpisodeHeader Header { get; }

    /// <summary>Frame records read so far.</summary>
    public int FramesRead { get; private set; }

    /// <summary>Whether the trailer has been read and checked: the whole file was valid.</summary>
    public bool IsComplete { get; private set; }

    /// <summary>
    /// Reads the next record, or returns null after the last one (having checked the trailer).
    /// With <paramref name="frameBuffer"/> (at least FrameSize * FrameSize * 3 bytes) the frame is decoded into
    /// it and the record's <see cref="EpisodeRecord.Frame"/> is that buffer, valid until the next call that reuses it;
    /// without, each record gets a new array.
    /// </summary>
    /// <exception cref="DatasetFormatException">The file is truncated or corrupt.</exception>
    public EpisodeRecord? ReadNext(byte[]? frameBuffer = null)
    {
        if (IsComplete)
        {
            return null;
        }
        var start = _offset;
        ReadExactly(_buffer.AsSpan(0, 1), "a frame record or the end trailer");
        return _buffer[0] switch
        {
            EpisodeFormat.FrameTag => ReadFrame(start, frameBuffer),
            EpisodeFormat.EndTag => ReadTrailer(start),
            var tag => throw Corrupt($"unknown record tag 0x{tag:x2}, expected a frame record ('F') or the end trailer ('E')", start),
        };
    }

    /// <summary>Every remaining record, each with its own frame array, then the trailer check.</summary>
    public IEnumerable<EpisodeRecord> ReadAll()
    {
        while (ReadNext() is { } record)
        {
            yield return record;
        }
    }

    /// <summary>Reads the rest of the file, checking every record, without keeping any; returns the frame count.</summary>
    public int ReadToEnd()
    {
        var frame = new byte[Header.FrameSize * Header.FrameSize * 3];
        while (ReadNext(frame) is not null)
        {
        }
        return FramesRead;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DatasetFormatException(path, "the episode file does not exist", innerException: e);
        }
    }

    private EpisodeHeader ReadHeader()
    {
        var head = _buffer.AsSpan(0, FixedHeaderLength);
        ReadExactly(head, "the header");
        if (!head[..8].SequenceEqual(EpisodeFormat.Magic))
        {
            throw Corrupt("not an episode file: the first 8 bytes are not the RWE magic", 0);
        }
        var version = BinaryPrimitives.ReadUInt16LittleEndian(head[8..]);
        if (version != EpisodeFormat.Version)
        {
            throw Corrupt($"format version {version} is not supported; this engine reads version {EpisodeFormat.Version}", 8);
        }
        var length = BinaryPrimitives.ReadUInt16LittleEndian(head[10..]);
        ReadExactly(_buffer.AsSpan(FixedHeaderLength, length + 4), "the header");
        var all = _buffer.AsSpan(0, FixedHeaderLength + length);
        if (System.IO.Hashing.Crc32.HashToUInt32(all) != BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(all.Length)))
        {
            throw Corrupt("the header's CRC does not match its bytes", 0);
        }
        return ParseHeaderBody(all[FixedHeaderLength..], version);
    }

    private EpisodeHeader ParseHeaderBody(ReadOnlySpan<byte> body, int version)
    {
        const int fixedPart = 31;
        if (body.Length < fixedPart || body.Length < fixedPart + body[fixedPart - 1])
        {
            throw Corrupt($"the header body of {body.Length} bytes is too short", FixedHeaderLength);
        }
        if (body[3] != EpisodeFormat.DeflateCompression)
        {
            throw Corrupt($"unknown frame compression {body[3]}", FixedHeaderLength + 3);
        }
        var header = new EpisodeHeader
        {
            FormatVersion = version,
            FrameSize = BinaryPrimitives.ReadUInt16LittleEndian(body),
            Explore = (body[2] & 1) != 0,
            WorldSeed = BinaryPrimitives.ReadInt32LittleEndian(body[4..]),
            DatasetSeed = BinaryPrimitives.ReadInt32LittleEndian(body[8..]),
            EpisodeIndex = BinaryPrimitives.ReadInt32LittleEndian(body[12..]),
            Frames = BinaryPrimitives.ReadInt32LittleEndian(body[16..]),
            ObjectCount = BinaryPrimitives.ReadUInt16LittleEndian(body[20..]),
            PolicySeed = BinaryPrimitives.ReadUInt64LittleEndian(body[22..]),
            Preset = Encoding.UTF8.GetString(body.Slice(fixedPart, body[fixedPart - 1])),
        };
        if (header.FrameSize < 16 || header.FrameSize > 256 || header.FrameSize % 16 != 0)
        {
            throw Corrupt($"frame size {header.FrameSize} is not a multiple of 16 from 16 to 256", FixedHeaderLength);
        }
        if (!ScenePresets.IsKnown(header.Preset))
        {
            throw Corrupt($"unknown scene preset '{header.Preset}'", FixedHeaderLength + fixedPart);
        }
        return header;
    }

    private EpisodeRecord? ReadTrailer(long start)
    {
        var trailer = _buffer.AsSpan(1, EpisodeFormat.TrailerLength - 1);
        ReadExactly(trailer, "the end trailer");
        if (!trailer[4..].SequenceEqual(EpisodeFormat.EndMarker))
        {
            throw Corrupt("the end trailer's marker is damaged", start + 5);
        }
        var count = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        if (count != FramesRead || count != Header.Frames)
        {
            throw Corrupt($"the trailer counts {count} frames; the file holds {FramesRead} and the header promises {Header.Frames}", start);
        }
        if (_stream.Read(_buffer.AsSpan(0, 1)) != 0)
        {
            throw Corrupt("there are bytes after the end trailer", _offset);
        }
        IsComplete = true;
        return null;
    }

    private void ReadExactly(Span<byte> destination, string what)
    {
        var done = 0;
        while (done < destination.Length)
        {
            var read = _stream.Read(destination[done..]);
            if (read == 0)
            {
                throw Corrupt($"the file is truncated: it ends after {_offset + done} bytes, inside {what}", _offset + done);
            }
            done += read;
        }
        _offset += done;
    }

    private DatasetFormatException Corrupt(string problem, long offset, Exception? inner = null) =>
        new(Path, problem, offset, _inFrames ? FramesRead : null, inner);
}
