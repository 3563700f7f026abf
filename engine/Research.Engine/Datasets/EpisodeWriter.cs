using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Research.Engine.World;

namespace Research.Engine.Datasets;

/// <summary>Writes one episode file: header, frame records, trailer (layout in datasets/README.md).</summary>
internal sealed class EpisodeWriter
{
    private readonly Stream _output;
    private readonly EpisodeHeader _header;
    private readonly MemoryStream _record = new();
    private readonly BinaryWriter _writer;
    private int _frames;
    private bool _finished;

    /// <summary>Writes the header of <paramref name="header"/> to <paramref name="output"/>.</summary>
    public EpisodeWriter(Stream output, EpisodeHeader header)
    {
        _output = output;
        _header = header;
        _writer = new BinaryWriter(_record, Encoding.UTF8, leaveOpen: true);
        WriteHeader();
    }

    /// <summary>Appends record <c>FramesWritten</c>.</summary>
    public void WriteFrame(AgentAction action, SteeringMode mode, string? promptChange, WorldState state, ReadOnlySpan<byte> rgb)
    {
        if (_finished)
        {
            throw new InvalidOperationException("The episode is finished.");
        }
        var frameBytes = _header.FrameSize * _header.FrameSize * 3;
        if (rgb.Length != frameBytes || state.Objects.Count != _header.ObjectCount)
        {
            throw new ArgumentException($"Record {_frames} has {rgb.Length} frame bytes and {state.Objects.Count} objects; the header says {frameBytes} and {_header.ObjectCount}.");
        }
        _record.SetLength(0);
        _writer.Write(EpisodeFormat.FrameTag);
        _writer.Write(0u); // body length, patched below
        _writer.Write((byte)action);
        _writer.Write((byte)mode);
        WriteText16(promptChange ?? "");
        var agent = state.Agent;
        _writer.Write(agent.X);
        _writer.Write(agent.Y);
        _writer.Write((sbyte)agent.FacingX);
        _writer.Write((sbyte)agent.FacingY);
        _writer.Write((byte)(agent.Dashing ? 1 : 0));
        _writer.Write(state.CameraX);
        _writer.Write(state.CameraY);
        var tiles = state.VisibleTiles;
        _writer.Write(checked((short)tiles.X0));
        _writer.Write(checked((short)tiles.Y0));
        _writer.Write(checked((short)tiles.X1));
        _writer.Write(checked((short)tiles.Y1));
        foreach (var o in state.Objects)
        {
            _writer.Write(o.X);
            _writer.Write(o.Y);
        }
        for (var i = 0; i < state.Objects.Count; i += 8)
        {
            var bits = 0;
            for (var j = 0; j < 8 && i + j < state.Objects.Count; j++)
            {
                bits |= state.Objects[i + j].Active ? 1 << j : 0;
            }
            _writer.Write((byte)bits);
        }
        _writer.Flush();
        var lengthAt = (int)_record.Length;
        _writer.Write(0u); // compressed length, patched below
        _writer.Flush();
        using (var deflate = new DeflateStream(_record, EpisodeFormat.Compression, leaveOpen: true))
        {
            deflate.Write(rgb);
        }
        var bytes = _record.GetBuffer().AsSpan(0, (int)_record.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[lengthAt..], (uint)(bytes.Length - lengthAt - 4));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[1..], (uint)(bytes.Length - 5));
        _output.Write(bytes);
        WriteUInt32(System.IO.Hashing.Crc32.HashToUInt32(bytes));
        _frames++;
    }

    /// <summary>Number of frame records written so far.</summary>
    public int FramesWritten => _frames;

    /// <summary>Writes the trailer; the file is complete once this returns and the stream is flushed.</summary>
    public void Finish()
    {
        if (_frames != _header.Frames)
        {
            throw new InvalidOperationException($"The header promises {_header.Frames} frames; {_frames} were written.");
        }
        _output.WriteByte(EpisodeFormat.EndTag);
        WriteUInt32((uint)_frames);
        _output.Write(EpisodeFormat.EndMarker);
        _finished = true;
    }

    private void WriteHeader()
    {
        _record.SetLength(0);
        _writer.Write(EpisodeFormat.Magic);
        _writer.Write((ushort)EpisodeFormat.Version);
        _writer.Write((ushort)0); // body length, patched below
        _writer.Write((ushort)_header.FrameSize);
        _writer.Write((byte)(_header.Explore ? 1 : 0));
        _writer.Write(EpisodeFormat.DeflateCompression);
        _writer.Write(_header.WorldSeed);
        _writer.Write(_header.DatasetSeed);
        _writer.Write(_header.EpisodeIndex);
        _writer.Write(_header.Frames);
        _writer.Write(checked((ushort)_header.ObjectCount));
        _writer.Write(_header.PolicySeed);
        var preset = Encoding.UTF8.GetBytes(_header.Preset);
        _writer.Write(checked((byte)preset.Length));
        _writer.Write(preset);
        _writer.Flush();
        var bytes = _record.GetBuffer().AsSpan(0, (int)_record.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes[10..], (ushort)(bytes.Length - 12));
        _output.Write(bytes);
        WriteUInt32(System.IO.Hashing.Crc32.HashToUInt32(bytes));
    }

    private void WriteText16(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length > ushort.MaxValue)
        {
            throw new ArgumentException($"A prompt of {bytes.Length} UTF-8 bytes is longer than the format's {ushort.MaxValue}.", nameof(text));
        }
        _writer.Write((ushort)bytes.Length);
        _writer.Write(bytes);
    }

    private void WriteUInt32(uint value)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(word, value);
        _output.Write(word);
    }
}
