using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Research.Engine.World;

namespace Research.Engine.Datasets;

/// <summary>Parsing of frame records.</summary>
public sealed partial class EpisodeReader
{
    /// <summary>Body bytes besides the prompt, objects and compressed frame: action, mode, lengths, agent, camera, tiles.</summary>
    private const int FixedBodyLength = 2 + 2 + 11 + 8 + 8 + 4;

    /// <summary>Checks every remaining record's length and CRC and the trailer without decoding; returns the frame count.</summary>
    internal int SkipToEnd()
    {
        while (!IsComplete)
        {
            var start = _offset;
            ReadExactly(_buffer.AsSpan(0, 1), "a frame record or the end trailer");
            if (_buffer[0] == EpisodeFormat.FrameTag)
            {
                ReadRecord(start);
                FramesRead++;
            }
            else if (_buffer[0] == EpisodeFormat.EndTag)
            {
                ReadTrailer(start);
            }
            else
            {
                throw Corrupt($"unknown record tag 0x{_buffer[0]:x2}, expected a frame record ('F') or the end trailer ('E')", start);
            }
        }
        return FramesRead;
    }

    private EpisodeRecord ReadFrame(long start, byte[]? frameBuffer) =>
        ParseFrame(ReadRecord(start), start + 5, frameBuffer);

    /// <summary>Reads the record whose tag is at <paramref name="start"/> into the buffer, checks its CRC, and returns its body.</summary>
    private ReadOnlySpan<byte> ReadRecord(long start)
    {
        if (FramesRead >= Header.Frames)
        {
            throw Corrupt($"a frame record follows the last of the {Header.Frames} frames the header promises; expected the end trailer", start);
        }
        ReadExactly(_buffer.AsSpan(1, 4), "a frame record's length");
        var length = BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(1));
        if (length < FixedBodyLength || length > EpisodeFormat.MaxRecordLength)
        {
            throw Corrupt($"a frame record claims {length} bytes, which no valid record has", start + 1);
        }
        if (_buffer.Length < 5 + length + 4)
        {
            Array.Resize(ref _buffer, (int)(5 + length + 4));
        }
        ReadExactly(_buffer.AsSpan(5, (int)length + 4), "a frame record");
        var record = _buffer.AsSpan(0, 5 + (int)length);
        if (System.IO.Hashing.Crc32.HashToUInt32(record) != BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(record.Length)))
        {
            throw Corrupt("the frame record's CRC does not match its bytes", start);
        }
        return record[5..];
    }

    private EpisodeRecord ParseFrame(ReadOnlySpan<byte> body, long bodyOffset, byte[]? frameBuffer)
    {
        var action = (AgentAction)body[0];
        var mode = (SteeringMode)body[1];
        if (!Enum.IsDefined(action) || !Enum.IsDefined(mode))
        {
            throw Corrupt($"action {body[0]} or steering mode {body[1]} is not defined", bodyOffset);
        }
        int promptLength = BinaryPrimitives.ReadUInt16LittleEndian(body[2..]);
        var objectCount = Header.ObjectCount;
        var maskLength = (objectCount + 7) / 8;
        if (body.Length < FixedBodyLength + promptLength + objectCount * 8 + maskLength)
        {
            throw Corrupt("the frame record is shorter than its prompt and objects need", bodyOffset);
        }
        var p = 4;
        string? promptChange = null;
        if (promptLength > 0)
        {
            promptChange = Encoding.UTF8.GetString(body.Slice(p, promptLength));
            p += promptLength;
            var parsed = PromptParser.Parse(promptChange, _scene);
            (_prompt, _scene, _tokens) = (promptChange, parsed.Scene, parsed.Tokens);
        }
        var agent = new AgentState(
            BinaryPrimitives.ReadSingleLittleEndian(body[p..]),
            BinaryPrimitives.ReadSingleLittleEndian(body[(p + 4)..]),
            (sbyte)body[p + 8],
            (sbyte)body[p + 9],
            (body[p + 10] & 1) != 0);
        p += 11;
        var cameraX = BinaryPrimitives.ReadSingleLittleEndian(body[p..]);
        var cameraY = BinaryPrimitives.ReadSingleLittleEndian(body[(p + 4)..]);
        p += 8;
        var tiles = new TileRect(
            BinaryPrimitives.ReadInt16LittleEndian(body[p..]),
            BinaryPrimitives.ReadInt16LittleEndian(body[(p + 2)..]),
            BinaryPrimitives.ReadInt16LittleEndian(body[(p + 4)..]),
            BinaryPrimitives.ReadInt16LittleEndian(body[(p + 6)..]));
        p += 8;
        var mask = body.Slice(p + objectCount * 8, maskLength);
        var objects = new ObjectState[objectCount];
        for (var i = 0; i < objectCount; i++, p += 8)
        {
            var active = (mask[i / 8] & (1 << (i % 8))) != 0;
            objects[i] = new ObjectState(i, BinaryPrimitives.ReadSingleLittleEndian(body[p..]), BinaryPrimitives.ReadSingleLittleEndian(body[(p + 4)..]), active);
        }
        p += maskLength;
        var compressedLength = BinaryPrimitives.ReadUInt32LittleEndian(body[p..]);
        p += 4;
        if (compressedLength != body.Length - p)
        {
            throw Corrupt($"the compressed frame claims {compressedLength} bytes; the record has {body.Length - p} left", bodyOffset + p - 4);
        }
        // The body starts at index 5 of the record buffer (after tag and length).
        var frame = Decompress(5 + p, (int)compressedLength, bodyOffset + p, frameBuffer);
        var state = new WorldState
        {
            Frame = FramesRead,
            Agent = agent,
            Objects = objects,
            CameraX = cameraX,
            CameraY = cameraY,
            VisibleTiles = tiles,
            Scene = _scene,
        };
        var record = new EpisodeRecord
        {
            Index = FramesRead,
            Action = action,
            Mode = mode,
            PromptChange = promptChange,
            Prompt = _prompt,
            PromptTokens = _tokens,
            State = state,
            Frame = frame,
        };
        FramesRead++;
        return record;
    }

    /// <summary>Inflates the compressed frame at <paramref name="index"/> of the record buffer (byte <paramref name="fileOffset"/> of the file).</summary>
    private byte[] Decompress(int index, int length, long fileOffset, byte[]? frameBuffer)
    {
        var size = Header.FrameSize * Header.FrameSize * 3;
        if (frameBuffer is not null && frameBuffer.Length < size)
        {
            throw new ArgumentException($"The frame buffer holds {frameBuffer.Length} bytes; a {Header.FrameSize}x{Header.FrameSize} frame needs {size}.", nameof(frameBuffer));
        }
        var frame = frameBuffer ?? new byte[size];
        try
        {
            using var compressed = new MemoryStream(_buffer, index, length, writable: false);
            using var inflate = new DeflateStream(compressed, CompressionMode.Decompress);
            inflate.ReadExactly(frame, 0, size);
            if (inflate.ReadByte() != -1)
            {
                throw Corrupt($"the compressed frame holds more than {size} bytes", fileOffset);
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw Corrupt($"the compressed frame does not inflate to {size} bytes: {e.Message}", fileOffset, e);
        }
        return frame;
    }
}
