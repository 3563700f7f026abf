namespace Research.Engine.Metrics;

/// <summary>
/// For every frame of a camera trajectory, which pixels show world places an earlier frame of the same trajectory
/// showed (see <see cref="PixelHistory"/>): what a model could know about a pixel and what it must invent.
/// </summary>
/// <remarks>
/// A pixel's world place is the camera (top-left of the view, world units) plus its position in the view. Places are
/// compared at pixel resolution (the camera is rounded to whole pixels, which it always is at 64 px and more, since the
/// world's camera sits on whole units). Moving things (agent, objects, weather) are not tracked: this is about the
/// layout under them.
/// </remarks>
public sealed class ViewCoverage
{
    private readonly PixelHistory[][] _frames;

    private ViewCoverage(PixelHistory[][] frames, int size) => (_frames, Size) = (frames, size);

    /// <summary>Frame side in pixels.</summary>
    public int Size { get; }

    /// <summary>Frames covered.</summary>
    public int Count => _frames.Length;

    /// <summary>The history of every pixel of frame <paramref name="frame"/>, row-major; frame 0 is all <see cref="PixelHistory.InFrameZero"/>.</summary>
    public ReadOnlySpan<PixelHistory> this[int frame] => _frames[frame];

    /// <summary>Traces the trajectory <paramref name="cameras"/> (view top-left in world units at each frame) for frames of <paramref name="size"/> pixels.</summary>
    /// <param name="cameras">View top-left in world units, one per frame, frame 0 first.</param>
    /// <param name="size">Frame side in pixels; the view is <see cref="World.WorldOptions.ViewSize"/> world units across.</param>
    /// <exception cref="ArgumentException">No camera, or a size below 1.</exception>
    public static ViewCoverage Of(IReadOnlyList<(float X, float Y)> cameras, int size)
    {
        ArgumentNullException.ThrowIfNull(cameras);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (cameras.Count == 0)
        {
            throw new ArgumentException("The trajectory has no frame.", nameof(cameras));
        }
        var scale = (double)size / World.WorldOptions.ViewSize;
        var origins = cameras.Select(c => ((int)Math.Round(c.X * scale), (int)Math.Round(c.Y * scale))).ToArray();
        int minX = origins.Min(o => o.Item1), minY = origins.Min(o => o.Item2);
        int width = origins.Max(o => o.Item1) - minX + size, height = origins.Max(o => o.Item2) - minY + size;
        // Per world pixel: 0 never shown, 1 shown after frame 0, 2 shown in frame 0.
        var world = new byte[width * height];
        var frames = new PixelHistory[cameras.Count][];
        for (var t = 0; t < cameras.Count; t++)
        {
            var (ox, oy) = (origins[t].Item1 - minX, origins[t].Item2 - minY);
            var frame = new PixelHistory[size * size];
            for (var y = 0; y < size; y++)
            {
                var row = (oy + y) * width + ox;
                for (var x = 0; x < size; x++)
                {
                    frame[y * size + x] = t == 0 ? PixelHistory.InFrameZero : (PixelHistory)world[row + x];
                }
            }
            // Mark after reading, so a frame's own pixels count as shown only for later frames.
            var mark = t == 0 ? (byte)PixelHistory.InFrameZero : (byte)PixelHistory.SeenLater;
            for (var y = 0; y < size; y++)
            {
                var row = (oy + y) * width + ox;
                for (var x = 0; x < size; x++)
                {
                    world[row + x] = Math.Max(world[row + x], mark);
                }
            }
            frames[t] = frame;
        }
        return new ViewCoverage(frames, size);
    }

    /// <summary>Share of the pixels of frame <paramref name="frame"/> whose history is at least <paramref name="least"/>.</summary>
    public double Share(int frame, PixelHistory least)
    {
        var count = 0;
        foreach (var h in _frames[frame])
        {
            count += h >= least ? 1 : 0;
        }
        return (double)count / _frames[frame].Length;
    }

    /// <summary>
    /// The oracle's frame <paramref name="frame"/>: the pixels frame 0 showed exactly as in <paramref name="truth"/>, every
    /// other pixel the mean colour of frame 0 (<paramref name="frameZero"/>). It bounds what a free-running model, given
    /// frame 0 only, can score on places it never saw.
    /// </summary>
    /// <exception cref="ArgumentException">A frame does not hold <see cref="Size"/> x <see cref="Size"/> RGB pixels.</exception>
    public byte[] Oracle(int frame, ReadOnlySpan<byte> truth, ReadOnlySpan<byte> frameZero)
    {
        FrameChecks.RequireFrame(truth, Size, nameof(truth));
        FrameChecks.RequireFrame(frameZero, Size, nameof(frameZero));
        Span<byte> mean = stackalloc byte[3];
        for (var c = 0; c < 3; c++)
        {
            long sum = 0;
            for (var p = c; p < frameZero.Length; p += 3)
            {
                sum += frameZero[p];
            }
            mean[c] = (byte)Math.Round((double)sum / (Size * Size));
        }
        var oracle = truth.ToArray();
        var history = _frames[frame];
        for (var p = 0; p < history.Length; p++)
        {
            if (history[p] != PixelHistory.InFrameZero)
            {
                mean.CopyTo(oracle.AsSpan(p * 3, 3));
            }
        }
        return oracle;
    }
}
