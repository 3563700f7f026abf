namespace Research.Engine.Metrics;

/// <summary>How much one pixel looks like the agent's magenta (#e8288f) after any lighting, lantern, fog or weather.</summary>
/// <remarks>
/// Lighting multiplies channels and fog blends towards near-neutral grey; both keep the agent's
/// chroma (R - G, B - G) pointing between "red" and "purple" while shrinking it, so the score gates on
/// that direction and grades by chroma relative to brightness. The gates shut out the look-alikes:
/// reds and oranges (house landmark #a63d2a, shore objects #f07f3c, snow objects #d8452f, desert rock)
/// have B below or barely above G; the purple landmark (#9b4fd1) has (B - G) / (R - G) of 0.79 at its
/// reddest (dusk light) and above 1.2 otherwise, while the agent stays between 0.3 (dusk) and 0.6 (day in thick fog).
/// Dark pixels are graded against a brightness floor, because a few levels of noise in a dark pixel are a
/// large relative chroma.
/// </remarks>
internal static class AgentColour
{
    /// <summary>Least (B - G) / (R - G): below this a pixel is red or orange.</summary>
    private const float MinBlueRatio = 0.15f;

    /// <summary>Most (B - G) / (R - G): above this a pixel is purple or blue.</summary>
    private const float MaxBlueRatio = 0.7f;

    /// <summary>Brightness below which chroma is graded as if the pixel were this bright.</summary>
    private const int BrightnessFloor = 96;

    /// <summary>Score in [0, 1]: 0 for anything that is not magenta, about 0.8 for the agent in daylight, about 0.25 in thick fog.</summary>
    public static float Score(int r, int g, int b)
    {
        int red = r - g, blue = b - g;
        if (red <= 0 || blue <= 0 || blue < MinBlueRatio * red || blue > MaxBlueRatio * red)
        {
            return 0f;
        }
        // The weaker of the two chroma legs (blue counts double: the agent's B - G is about half its R - G),
        // over the brightest channel, so dimming by light does not lower the score but greying by fog does.
        var bright = Math.Max(BrightnessFloor, Math.Max(r, b));
        return Math.Min(1f, Math.Min(red, 2 * blue) / (float)bright);
    }
}
