using System.Buffers;
using Research.Engine.World;

namespace Research.Engine.Metrics;

/// <summary>Estimating the camera's motion from the frames alone.</summary>
public readonly partial record struct CameraShift
{
    /// <summary>Largest camera motion <see cref="Estimate"/> searches, in world units each way.</summary>
    /// <remarks>4, which covers a dash (3 units a frame).</remarks>
    public const int MaxEstimate = 4;

    /// <summary>Least frame side <see cref="Estimate"/> accepts: below it a walk (one unit) is less than a pixel.</summary>
    /// <remarks>64.</remarks>
    public const int MinEstimateSize = WorldOptions.ViewSize;

    /// <summary>Laplacian differences are capped here, so weather particles and moving objects cannot outvote the terrain.</summary>
    private const int CostCap = 16;

    /// <summary>
    /// The camera's motion as the frames show it: the shift by a whole number of world units, up to <see cref="MaxEstimate"/>
    /// each way, that best aligns the two frames' high-passed luma, ignoring the agent's disc (plus a margin) in both
    /// frames. Ties go to the smaller shift.
    /// </summary>
    /// <remarks>
    /// Whole units because the world's camera only ever sits on whole units (it is rounded), so 81 shifts cover every
    /// motion at any frame size; a generated scene that scrolls by a fraction lands on the nearest whole unit.
    /// The high pass (a 4-neighbour Laplacian of luma) removes the smooth night lantern, which travels with the agent and
    /// would otherwise pull the estimate towards no motion. The cost is the mean absolute difference of the high-passed
    /// frames with each difference capped at 16 levels, so bright rain streaks and snowflakes, which move on their own,
    /// count no more than a mismatched texel. On rendered frames of every preset, time of day and weather this finds the
    /// true camera motion every time; on blurred or noisy frames it degrades, since the fine terrain texture it aligns
    /// is what blur and noise destroy first.
    /// </remarks>
    /// <param name="previous">The earlier frame.</param>
    /// <param name="next">The later frame.</param>
    /// <param name="size">Frame side in pixels, at least <see cref="MinEstimateSize"/>.</param>
    /// <param name="previousAgent">The agent in the earlier frame; ignored when it has no position.</param>
    /// <param name="nextAgent">The agent in the later frame; ignored when it has no position.</param>
    /// <exception cref="ArgumentException">A frame does not hold size x size RGB pixels, or the size is below <see cref="MinEstimateSize"/>.</exception>
    public static CameraShift Estimate(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> next, int size, AgentLocation previousAgent, AgentLocation nextAgent)
    {
        FrameChecks.RequireFrame(previous, size, nameof(previous));
        FrameChecks.RequireFrame(next, size, nameof(next));
        if (size < MinEstimateSize)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"Estimating the camera's motion needs frames of at least {MinEstimateSize} px, where a walk moves the view a whole pixel.");
        }
        var pixelsPerUnit = (float)size / WorldOptions.ViewSize;
        var pixels = size * size;
        var detail = ArrayPool<int>.Shared.Rent(2 * pixels);
        var masked = ArrayPool<bool>.Shared.Rent(2 * pixels);
        try
        {
            Span<int> before = detail.AsSpan(0, pixels), after = detail.AsSpan(pixels, pixels);
            Span<bool> hideBefore = masked.AsSpan(0, pixels), hideAfter = masked.AsSpan(pixels, pixels);
            HighPass(previous, size, before);
            HighPass(next, size, after);
            var margin = WorldSimulator.AgentRadius * pixelsPerUnit + 2;
            MaskDisc(previousAgent, margin, size, hideBefore);
            MaskDisc(nextAgent, margin, size, hideAfter);
            return BestShift(before, after, hideBefore, hideAfter, size, pixelsPerUnit);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(detail);
            ArrayPool<bool>.Shared.Return(masked);
        }
    }

    private static CameraShift BestShift(
        ReadOnlySpan<int> before, ReadOnlySpan<int> after, ReadOnlySpan<bool> hideBefore, ReadOnlySpan<bool> hideAfter, int size, float pixelsPerUnit)
    {
        // The same band of the later frame is compared at every shift, so costs are comparable;
        // next(x, y) shows what previous(x + shift) showed when the camera moved by the shift.
        var reach = (int)MathF.Round(MaxEstimate * pixelsPerUnit);
        int lo = reach + 1, hi = size - reach - 2;
        (int X, int Y, double Cost, int Norm) best = (0, 0, double.PositiveInfinity, int.MaxValue);
        for (var uy = -MaxEstimate; uy <= MaxEstimate; uy++)
        {
            for (var ux = -MaxEstimate; ux <= MaxEstimate; ux++)
            {
                var offset = (int)MathF.Round(uy * pixelsPerUnit) * size + (int)MathF.Round(ux * pixelsPerUnit);
                long sum = 0;
                var count = 0;
                for (var y = lo; y <= hi; y++)
                {
                    var row = y * size;
                    for (var p = row + lo; p <= row + hi; p++)
                    {
                        if (hideAfter[p] || hideBefore[p + offset])
                        {
                            continue;
                        }
                        sum += Math.Min(CostCap, Math.Abs(after[p] - before[p + offset]));
                        count++;
                    }
                }
                var cost = count == 0 ? double.PositiveInfinity : (double)sum / count;
                var norm = Math.Abs(ux) + Math.Abs(uy);
                if (cost < best.Cost || (cost == best.Cost && norm < best.Norm))
                {
                    best = (ux, uy, cost, norm);
                }
            }
        }
        return new CameraShift(best.X, best.Y);
    }

    /// <summary>4-neighbour Laplacian of integer BT.601 luma; 0 on the border.</summary>
    private static void HighPass(ReadOnlySpan<byte> rgb, int size, Span<int> detail)
    {
        var pixels = size * size;
        var rented = ArrayPool<int>.Shared.Rent(pixels);
        try
        {
            var luma = rented.AsSpan(0, pixels);
            for (var p = 0; p < pixels; p++)
            {
                var o = p * 3;
                luma[p] = (77 * rgb[o] + 150 * rgb[o + 1] + 29 * rgb[o + 2] + 128) >> 8;
            }
            detail.Clear();
            for (var y = 1; y < size - 1; y++)
            {
                for (var p = y * size + 1; p < (y + 1) * size - 1; p++)
                {
                    detail[p] = 4 * luma[p] - luma[p - 1] - luma[p + 1] - luma[p - size] - luma[p + size];
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    private static void MaskDisc(AgentLocation agent, float radius, int size, Span<bool> hide)
    {
        hide.Clear();
        if (!float.IsFinite(agent.X) || !float.IsFinite(agent.Y))
        {
            return;
        }
        int x0 = Math.Max(0, (int)MathF.Floor(agent.X - radius)), x1 = Math.Min(size - 1, (int)MathF.Ceiling(agent.X + radius));
        int y0 = Math.Max(0, (int)MathF.Floor(agent.Y - radius)), y1 = Math.Min(size - 1, (int)MathF.Ceiling(agent.Y + radius));
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                float dx = x + 0.5f - agent.X, dy = y + 0.5f - agent.Y;
                if (dx * dx + dy * dy <= radius * radius)
                {
                    hide[y * size + x] = true;
                }
            }
        }
    }
}
