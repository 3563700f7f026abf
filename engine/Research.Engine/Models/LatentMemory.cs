using Research.Engine.World;

namespace Research.Engine.Models;

/// <summary>
/// Long-term memory beyond the context window: a latent canvas aligned with the world. Every frame's latent is
/// written where its view lies (the camera, dead-reckoned from the actions), and before each step the canvas is
/// read at the next view, so a place the agent left long ago comes back as it was seen. A read ignores cells
/// older than its horizon (the quality modes' memory size); a mask channel tells the dynamics which cells are known.
/// </summary>
/// <remarks>Memory: channels x (world / 4 units per cell)^2 floats, 1 MB for the default explore world.</remarks>
public sealed class LatentMemory
{
    private readonly float[] _canvas;
    private readonly long[] _written;
    private readonly int _channels;
    private readonly int _latentSize;
    private readonly int _cells;
    private readonly float _unitsPerCell;

    /// <summary>An empty memory for latents of <paramref name="channels"/> x <paramref name="latentSize"/>^2 over a world of <paramref name="worldSize"/> units.</summary>
    /// <param name="channels">Latent channels.</param>
    /// <param name="latentSize">Latent grid side (frame size / 4).</param>
    /// <param name="worldSize">World units along each side (<see cref="WorldOptions.Size"/>).</param>
    public LatentMemory(int channels, int latentSize, int worldSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(worldSize, WorldOptions.ViewSize);
        _channels = channels;
        _latentSize = latentSize;
        _unitsPerCell = (float)WorldOptions.ViewSize / latentSize;
        _cells = (int)MathF.Ceiling(worldSize / _unitsPerCell);
        _canvas = new float[channels * _cells * _cells];
        _written = new long[_cells * _cells];
        Array.Fill(_written, long.MinValue);
    }

    private LatentMemory(LatentMemory source)
    {
        _channels = source._channels;
        _latentSize = source._latentSize;
        _unitsPerCell = source._unitsPerCell;
        _cells = source._cells;
        _canvas = (float[])source._canvas.Clone();
        _written = (long[])source._written.Clone();
    }

    /// <summary>An independent copy with the same contents (for forking a session).</summary>
    public LatentMemory Clone() => new(this);

    /// <summary>Floats of one latent (C x L x L).</summary>
    public int LatentLength => _channels * _latentSize * _latentSize;

    /// <summary>Floats of one read: the remembered latent and a known-mask channel ((C + 1) x L x L).</summary>
    public int ReadLength => (_channels + 1) * _latentSize * _latentSize;

    /// <summary>Stores <paramref name="latent"/> (C x L x L, row-major) seen at frame <paramref name="frame"/> with the view's top-left at <paramref name="camera"/>.</summary>
    public void Write(ReadOnlySpan<float> latent, (float X, float Y) camera, long frame)
    {
        var (left, top) = Cell(camera);
        var plane = _latentSize * _latentSize;
        for (var y = 0; y < _latentSize; y++)
        {
            var row = top + y;
            if (row < 0 || row >= _cells)
            {
                continue;
            }
            for (var x = 0; x < _latentSize; x++)
            {
                var column = left + x;
                if (column < 0 || column >= _cells)
                {
                    continue;
                }
                var cell = row * _cells + column;
                _written[cell] = frame;
                for (var c = 0; c < _channels; c++)
                {
                    _canvas[c * _cells * _cells + cell] = latent[c * plane + y * _latentSize + x];
                }
            }
        }
    }

    /// <summary>
    /// Fills <paramref name="into"/> ((C + 1) x L x L) with what is remembered of the view at <paramref name="camera"/>
    /// as of frame <paramref name="frame"/>: latents written at most <paramref name="horizonFrames"/> frames ago
    /// where known, zeros elsewhere, and the mask as the last channel.
    /// </summary>
    public void Read(Span<float> into, (float X, float Y) camera, long frame, long horizonFrames)
    {
        into[..ReadLength].Clear();
        var (left, top) = Cell(camera);
        var plane = _latentSize * _latentSize;
        for (var y = 0; y < _latentSize; y++)
        {
            var row = top + y;
            if (row < 0 || row >= _cells)
            {
                continue;
            }
            for (var x = 0; x < _latentSize; x++)
            {
                var column = left + x;
                var cell = row * _cells + column;
                if (column < 0 || column >= _cells || _written[cell] == long.MinValue || frame - _written[cell] > horizonFrames)
                {
                    continue;
                }
                var at = y * _latentSize + x;
                for (var c = 0; c < _channels; c++)
                {
                    into[c * plane + at] = _canvas[c * _cells * _cells + cell];
                }
                into[_channels * plane + at] = 1f;
            }
        }
    }

    /// <summary>Forgets everything.</summary>
    public void Clear() => Array.Fill(_written, long.MinValue);

    private (int Left, int Top) Cell((float X, float Y) camera) =>
        ((int)MathF.Round(camera.X / _unitsPerCell), (int)MathF.Round(camera.Y / _unitsPerCell));
}
