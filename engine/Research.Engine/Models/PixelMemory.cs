namespace Research.Engine.Models;

/// <summary>
/// A world-anchored canvas at pixel resolution: every frame the model shows is written at the camera the model
/// believes in, and the view it is about to show is read back from there, so returning to a place restores what the
/// model showed there. The agent's own disc is never written (it moves; what lies under it is the world). Each pixel
/// keeps the frame it was written at, so a quality mode can forget what is older than its memory span.
/// </summary>
public sealed class PixelMemory
{
    private const float AgentClearance = 4.5f;
    private readonly float[] _rgb;
    private readonly long[] _written;

    /// <summary>An empty canvas for a world of <paramref name="worldSize"/> units seen in <paramref name="frameSize"/>-pixel frames.</summary>
    public PixelMemory(int worldSize, int frameSize)
    {
        FrameSize = frameSize;
        PixelsPerUnit = frameSize / (float)World.WorldOptions.ViewSize;
        Side = (int)MathF.Round(worldSize * PixelsPerUnit);
        _rgb = new float[3 * Side * Side];
        _written = new long[Side * Side];
        Array.Fill(_written, -1);
    }

    private PixelMemory(PixelMemory source)
    {
        (FrameSize, PixelsPerUnit, Side) = (source.FrameSize, source.PixelsPerUnit, source.Side);
        _rgb = (float[])source._rgb.Clone();
        _written = (long[])source._written.Clone();
    }

    /// <summary>Pixels along each side of a frame.</summary>
    public int FrameSize { get; }

    /// <summary>Canvas pixels along each side.</summary>
    public int Side { get; }

    /// <summary>Pixels per world unit.</summary>
    public float PixelsPerUnit { get; }

    /// <summary>An independent copy (for a fork).</summary>
    public PixelMemory Clone() => new(this);

    /// <summary>Forgets everything.</summary>
    public void Clear()
    {
        Array.Clear(_rgb);
        Array.Fill(_written, -1);
    }

    /// <summary>
    /// Writes a planar frame (3, S, S) in [0, 1] seen from camera (<paramref name="cameraX"/>, <paramref name="cameraY"/>)
    /// world units at <paramref name="frame"/>, leaving out the agent's disc around (<paramref name="agentX"/>, <paramref name="agentY"/>) view pixels.
    /// </summary>
    public void Write(ReadOnlySpan<float> planar, float cameraX, float cameraY, long frame, float agentX, float agentY)
    {
        var s = FrameSize;
        var plane = s * s;
        var (ox, oy) = Origin(cameraX, cameraY);
        var clear = AgentClearance * PixelsPerUnit;
        for (var y = 0; y < s; y++)
        {
            var cy = oy + y;
            if ((uint)cy >= (uint)Side)
            {
                continue;
            }
            for (var x = 0; x < s; x++)
            {
                var cx = ox + x;
                if ((uint)cx >= (uint)Side)
                {
                    continue;
                }
                float dx = x + 0.5f - agentX, dy = y + 0.5f - agentY;
                if (dx * dx + dy * dy < clear * clear)
                {
                    continue;
                }
                var c = cy * Side + cx;
                var p = y * s + x;
                _rgb[c] = planar[p];
                _rgb[Side * Side + c] = planar[plane + p];
                _rgb[2 * Side * Side + c] = planar[2 * plane + p];
                _written[c] = frame;
            }
        }
    }

    /// <summary>
    /// Reads the view from camera (<paramref name="cameraX"/>, <paramref name="cameraY"/>) into <paramref name="planar"/>
    /// (4, S, S): colour, then 1 where a pixel written at most <paramref name="span"/> frames before <paramref name="now"/> exists.
    /// </summary>
    public void Read(Span<float> planar, float cameraX, float cameraY, long now, long span)
    {
        var s = FrameSize;
        var plane = s * s;
        planar[..(4 * plane)].Clear();
        if (span <= 0)
        {
            return;
        }
        var (ox, oy) = Origin(cameraX, cameraY);
        for (var y = 0; y < s; y++)
        {
            var cy = oy + y;
            if ((uint)cy >= (uint)Side)
            {
                continue;
            }
            for (var x = 0; x < s; x++)
            {
                var cx = ox + x;
                if ((uint)cx >= (uint)Side)
                {
                    continue;
                }
                var c = cy * Side + cx;
                var written = _written[c];
                if (written < 0 || now - written > span)
                {
                    continue;
                }
                var p = y * s + x;
                planar[p] = _rgb[c];
                planar[plane + p] = _rgb[Side * Side + c];
                planar[2 * plane + p] = _rgb[2 * Side * Side + c];
                planar[3 * plane + p] = 1;
            }
        }
    }

    private (int X, int Y) Origin(float cameraX, float cameraY) =>
        ((int)MathF.Round(cameraX * PixelsPerUnit), (int)MathF.Round(cameraY * PixelsPerUnit));
}
