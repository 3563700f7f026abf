using Research.Engine.World;

namespace Research.Engine.Metrics;

/// <summary>
/// The agent's displacement on screen between two frames, by aligning its magenta score map (<see cref="AgentColour"/>)
/// rather than differencing two separately found centres: the shape is compared whole, so blur (which shrinks and
/// softens both discs alike) and pixel noise (which moves each centre by a few tenths of a pixel) barely move it.
/// </summary>
internal static class AgentShift
{
    /// <summary>
    /// The shift (in pixels, sub-pixel by a parabola through the best whole-pixel cost and its neighbours) that best carries
    /// the score map around <paramref name="before"/> onto the later frame's; the centres' difference when the two centres
    /// lie farther apart than the search reaches.
    /// </summary>
    public static (float X, float Y) Between(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> next, int size, AgentLocation before, AgentLocation after)
    {
        var pixelsPerUnit = (float)size / WorldOptions.ViewSize;
        var reach = (int)MathF.Ceiling(ActionInference.DashUpTo * pixelsPerUnit) + 1;
        float centreX = after.X - before.X, centreY = after.Y - before.Y;
        if (Math.Abs(centreX) > reach || Math.Abs(centreY) > reach)
        {
            return (centreX, centreY);
        }
        var half = (int)MathF.Ceiling((WorldSimulator.AgentRadius + 2) * pixelsPerUnit);
        int x0 = (int)MathF.Floor(before.X) - half, y0 = (int)MathF.Floor(before.Y) - half, side = 2 * half + 1;
        var span = 2 * reach + 1;
        Span<float> costs = stackalloc float[span * span];
        for (var sy = -reach; sy <= reach; sy++)
        {
            for (var sx = -reach; sx <= reach; sx++)
            {
                var cost = 0f;
                for (var y = y0; y < y0 + side; y++)
                {
                    for (var x = x0; x < x0 + side; x++)
                    {
                        cost += Math.Abs(Score(next, size, x + sx, y + sy) - Score(previous, size, x, y));
                    }
                }
                costs[(sy + reach) * span + sx + reach] = cost;
            }
        }
        var best = 0;
        for (var i = 1; i < costs.Length; i++)
        {
            if (costs[i] < costs[best] || (costs[i] == costs[best] && Norm(i, span, reach) < Norm(best, span, reach)))
            {
                best = i;
            }
        }
        int bx = best % span, by = best / span;
        return (bx - reach + Vertex(costs, span, bx, by, 1), by - reach + Vertex(costs, span, bx, by, span));
    }

    private static int Norm(int index, int span, int reach) => Math.Abs(index % span - reach) + Math.Abs(index / span - reach);

    /// <summary>Offset in (-0.5, 0.5) of the minimum of the parabola through the best cost and its two neighbours along one axis.</summary>
    private static float Vertex(ReadOnlySpan<float> costs, int span, int bx, int by, int step)
    {
        var along = step == 1 ? bx : by;
        if (along == 0 || along == span - 1)
        {
            return 0;
        }
        var i = by * span + bx;
        float left = costs[i - step], centre = costs[i], right = costs[i + step];
        var curvature = left - 2 * centre + right;
        return curvature <= 0 ? 0 : Math.Clamp(0.5f * (left - right) / curvature, -0.5f, 0.5f);
    }

    private static float Score(ReadOnlySpan<byte> rgb, int size, int x, int y)
    {
        if ((uint)x >= (uint)size || (uint)y >= (uint)size)
        {
            return 0;
        }
        var o = (y * size + x) * 3;
        return AgentColour.Score(rgb[o], rgb[o + 1], rgb[o + 2]);
    }
}
