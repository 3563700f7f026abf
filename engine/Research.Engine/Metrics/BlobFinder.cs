namespace Research.Engine.Metrics;

/// <summary>Labels the 8-connected blobs of pixels scoring at least <see cref="AgentLocator.MinScore"/>.</summary>
/// <param name="scores">One score per pixel.</param>
/// <param name="labels">One label per pixel, all 0 on entry; blob labels count from 1.</param>
/// <param name="stack">Scratch of at least one int per pixel.</param>
/// <param name="size">Frame side.</param>
internal readonly ref struct BlobFinder(ReadOnlySpan<float> scores, Span<int> labels, Span<int> stack, int size)
{
    private readonly ReadOnlySpan<float> _scores = scores;
    private readonly Span<int> _labels = labels;
    private readonly Span<int> _stack = stack;
    private readonly int _size = size;

    /// <summary>Finds every blob, writing blob i (label i + 1) to <paramref name="blobs"/>[i].</summary>
    /// <param name="blobs">At least one entry per pixel (the most blobs a frame can hold).</param>
    /// <returns>The number of blobs.</returns>
    public int FindAll(Span<Blob> blobs)
    {
        var count = 0;
        for (var p = 0; p < _scores.Length; p++)
        {
            if (_labels[p] == 0 && _scores[p] >= AgentLocator.MinScore)
            {
                blobs[count] = Flood(p, count + 1);
                count++;
            }
        }
        return count;
    }

    private Blob Flood(int seed, int label)
    {
        int count = 0, top = 0;
        var sum = 0f;
        double sumX = 0, sumY = 0;
        _labels[seed] = label;
        _stack[top++] = seed;
        while (top > 0)
        {
            var p = _stack[--top];
            int x = p % _size, y = p / _size;
            count++;
            sum += _scores[p];
            sumX += x + 0.5;
            sumY += y + 0.5;
            for (var ny = Math.Max(0, y - 1); ny <= Math.Min(_size - 1, y + 1); ny++)
            {
                for (var nx = Math.Max(0, x - 1); nx <= Math.Min(_size - 1, x + 1); nx++)
                {
                    var q = ny * _size + nx;
                    if (_labels[q] == 0 && _scores[q] >= AgentLocator.MinScore)
                    {
                        _labels[q] = label;
                        _stack[top++] = q;
                    }
                }
            }
        }
        return new Blob(count, sum, sumX, sumY);
    }
}
