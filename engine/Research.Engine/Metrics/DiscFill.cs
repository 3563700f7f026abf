namespace Research.Engine.Metrics;

/// <summary>Gathers the candidate pixels near a centre, fills their holes, and measures the filled region.</summary>
/// <param name="scores">One magenta score per pixel.</param>
/// <param name="size">Frame side.</param>
/// <param name="reach">Pixels whose centres lie within this distance of the centre are gathered.</param>
internal readonly ref struct DiscFill(ReadOnlySpan<float> scores, int size, float reach)
{
    private readonly ReadOnlySpan<float> _scores = scores;
    private readonly int _size = size;
    private readonly float _reach = reach;

    /// <summary>The filled region around (<paramref name="cx"/>, <paramref name="cy"/>); the centre is unchanged when nothing is gathered.</summary>
    public Result Around(float cx, float cy)
    {
        int x0 = Math.Max(0, (int)MathF.Floor(cx - _reach)), x1 = Math.Min(_size - 1, (int)MathF.Ceiling(cx + _reach));
        int y0 = Math.Max(0, (int)MathF.Floor(cy - _reach)), y1 = Math.Min(_size - 1, (int)MathF.Ceiling(cy + _reach));
        int width = x1 - x0 + 1, height = y1 - y0 + 1;
        // Spans hold the first and last gathered pixel of each row and column, -1 when there is none.
        Span<int> rows = height <= 256 ? stackalloc int[height * 2] : new int[height * 2];
        Span<int> columns = width <= 256 ? stackalloc int[width * 2] : new int[width * 2];
        rows.Fill(-1);
        columns.Fill(-1);
        var members = 0;
        var sum = 0f;
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                float dx = x + 0.5f - cx, dy = y + 0.5f - cy;
                var score = _scores[y * _size + x];
                if (score < AgentLocator.MinScore || dx * dx + dy * dy > _reach * _reach)
                {
                    continue;
                }
                members++;
                sum += score;
                int r = (y - y0) * 2, c = (x - x0) * 2;
                rows[r] = rows[r] < 0 ? x : rows[r];
                rows[r + 1] = x;
                columns[c] = columns[c] < 0 ? y : columns[c];
                columns[c + 1] = y;
            }
        }
        if (members == 0)
        {
            return new Result(cx, cy, 0, 0, 0f);
        }

        double sumX = 0, sumY = 0;
        var filled = 0;
        for (var y = y0; y <= y1; y++)
        {
            var r = (y - y0) * 2;
            for (var x = x0; x <= x1; x++)
            {
                var c = (x - x0) * 2;
                var inRow = rows[r] >= 0 && x >= rows[r] && x <= rows[r + 1];
                var inColumn = columns[c] >= 0 && y >= columns[c] && y <= columns[c + 1];
                if (inRow || inColumn)
                {
                    sumX += x + 0.5;
                    sumY += y + 0.5;
                    filled++;
                }
            }
        }
        return new Result((float)(sumX / filled), (float)(sumY / filled), filled, members, sum);
    }

    /// <summary>A filled region.</summary>
    /// <param name="X">Mean of the filled pixels' centres, horizontal.</param>
    /// <param name="Y">Mean of the filled pixels' centres, vertical.</param>
    /// <param name="Filled">Gathered pixels plus filled holes.</param>
    /// <param name="Members">Gathered pixels.</param>
    /// <param name="Sum">Score sum of the gathered pixels.</param>
    public readonly record struct Result(float X, float Y, int Filled, int Members, float Sum);
}
