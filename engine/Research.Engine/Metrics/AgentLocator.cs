using System.Buffers;
using Research.Engine.World;

namespace Research.Engine.Metrics;

/// <summary>
/// Finds the agent in an RGB frame by its colour (<see cref="FrameRenderer.AgentColour"/>, the same in every scene,
/// so no palette is needed), in every preset, time of day and weather, and in generated frames that only roughly
/// look like the world's.
/// </summary>
/// <remarks>
/// Every pixel gets a magenta score (chroma direction gated, graded by chroma over brightness), so lighting, the
/// night lantern and fog change the score's size but not whether it is positive, while red, orange and purple
/// look-alikes score 0. Pixels scoring at least <see cref="MinScore"/> form 8-connected blobs, and the blob with the
/// largest total score seeds the search. Then, twice: every candidate pixel within 1.5 agent radii (plus a pixel) of the
/// current centre is gathered (so a disc cut in pieces by rain counts whole), the gathered set's holes are filled
/// (every pixel between two gathered pixels of the same row or column, so the white nose or a snowflake does not
/// pull the centre), and the centre becomes the mean of the filled pixels' centres.
/// On rendered frames of 64 px and more the agent is always found, on average within 0.03 px; rain drawn across
/// the disc's edge can move the centre by up to about 0.9 world units. At 32 px about 3% of frames in storms lose the
/// agent, and at 16 px the disc is too small to rely on.
/// </remarks>
public static class AgentLocator
{
    /// <summary>Least magenta score of a pixel that can belong to the agent.</summary>
    /// <remarks>0.1; the agent scores about 0.8 in daylight and 0.25 in the thickest fog.</remarks>
    public const float MinScore = 0.1f;

    /// <summary>Least confidence for <see cref="AgentLocation.Found"/>.</summary>
    /// <remarks>0.35.</remarks>
    public const float MinConfidence = 0.35f;

    /// <summary>A mean score from which the colour counts as fully convincing.</summary>
    private const float FullScore = 0.2f;

    /// <summary>Locates the agent in a <paramref name="size"/> x <paramref name="size"/> RGB frame.</summary>
    /// <returns>
    /// The best candidate, with <see cref="AgentLocation.Found"/> false when its confidence is below <see cref="MinConfidence"/>,
    /// or <see cref="AgentLocation.None"/> when no pixel has the agent's colour.
    /// </returns>
    /// <remarks>
    /// Confidence is the product of three factors in [0, 1]: how close the filled area is to the agent's disc
    /// (pi r², r = <see cref="WorldSimulator.AgentRadius"/> x size / 64), how strong its colour is, and how much it
    /// outweighs the strongest other magenta blob (1 with no rival, 0.5 against an equal one). Scattered single pixels
    /// of noise are weak rivals, so a noisy generated frame keeps its agent.
    /// </remarks>
    /// <exception cref="ArgumentException">The frame does not hold size x size RGB pixels.</exception>
    public static AgentLocation Locate(ReadOnlySpan<byte> rgb, int size)
    {
        FrameChecks.RequireFrame(rgb, size, nameof(rgb));
        var pixels = size * size;
        var scores = ArrayPool<float>.Shared.Rent(pixels);
        var labels = ArrayPool<int>.Shared.Rent(pixels);
        var stack = ArrayPool<int>.Shared.Rent(pixels);
        var blobs = ArrayPool<Blob>.Shared.Rent(pixels);
        try
        {
            for (var p = 0; p < pixels; p++)
            {
                var o = p * 3;
                scores[p] = AgentColour.Score(rgb[o], rgb[o + 1], rgb[o + 2]);
                labels[p] = 0;
            }
            var count = new BlobFinder(scores.AsSpan(0, pixels), labels.AsSpan(0, pixels), stack, size).FindAll(blobs);
            if (count == 0)
            {
                return AgentLocation.None;
            }
            var seed = Strongest(blobs.AsSpan(0, count), float.NaN, float.NaN, 0);
            var radius = WorldSimulator.AgentRadius * size / WorldOptions.ViewSize;
            var reach = 1.5f * radius + 1;
            var disc = new DiscFill(scores.AsSpan(0, pixels), size, reach);
            var fill = disc.Around(seed.X, seed.Y);
            fill = disc.Around(fill.X, fill.Y);
            var rival = Strongest(blobs.AsSpan(0, count), fill.X, fill.Y, reach);

            var expected = MathF.PI * radius * radius;
            var areaFit = Math.Min(fill.Filled, expected) / Math.Max(fill.Filled, expected);
            var colour = Math.Min(1f, fill.Sum / fill.Members / FullScore);
            var unique = fill.Sum / (fill.Sum + rival.Sum);
            var confidence = areaFit * colour * unique;
            return new AgentLocation(confidence >= MinConfidence, fill.X, fill.Y, confidence, fill.Filled);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<int>.Shared.Return(labels);
            ArrayPool<int>.Shared.Return(stack);
            ArrayPool<Blob>.Shared.Return(blobs);
        }
    }

    /// <summary>Where the agent of <paramref name="state"/> is drawn in a frame of <paramref name="size"/> pixels: the ground truth for <see cref="Locate"/>.</summary>
    /// <returns>The disc's centre in pixels (pixel i spans [i, i + 1)).</returns>
    public static (float X, float Y) TruePosition(WorldState state, int size)
    {
        ArgumentNullException.ThrowIfNull(state);
        var scale = (float)size / WorldOptions.ViewSize;
        return ((state.Agent.X - state.CameraX) * scale, (state.Agent.Y - state.CameraY) * scale);
    }

    /// <summary>The blob with the largest score sum whose centre lies farther than <paramref name="reach"/> from (x, y); any blob when x is NaN.</summary>
    private static Blob Strongest(ReadOnlySpan<Blob> blobs, float x, float y, float reach)
    {
        var best = default(Blob);
        foreach (var blob in blobs)
        {
            if (blob.Sum <= best.Sum)
            {
                continue;
            }
            float dx = blob.X - x, dy = blob.Y - y;
            if (float.IsNaN(x) || dx * dx + dy * dy > reach * reach)
            {
                best = blob;
            }
        }
        return best;
    }
}
