namespace Research.Engine.Metrics;

/// <summary>Where <see cref="AgentLocator"/> found the agent in a frame.</summary>
/// <param name="Found">Whether the best candidate is confident enough to be the agent (see <see cref="AgentLocator.MinConfidence"/>).</param>
/// <param name="X">Centre, horizontal, in pixels of the frame (pixel i spans [i, i + 1)); NaN when there was no candidate.</param>
/// <param name="Y">Centre, vertical, in pixels (down is positive); NaN when there was no candidate.</param>
/// <param name="Confidence">In [0, 1]: how much the best candidate looks like the agent's disc (area, colour, lead over rivals).</param>
/// <param name="Pixels">Pixels counted as the agent, including its filled-in nose; 0 when there was no candidate.</param>
public readonly record struct AgentLocation(bool Found, float X, float Y, float Confidence, int Pixels)
{
    /// <summary>No candidate at all: nothing in the frame has the agent's colour.</summary>
    public static AgentLocation None { get; } = new(false, float.NaN, float.NaN, 0f, 0);

    /// <summary>Distance in pixels from the found centre to (<paramref name="x"/>, <paramref name="y"/>); null when the agent was not found.</summary>
    public float? DistanceTo(float x, float y) =>
        Found ? MathF.Sqrt((X - x) * (X - x) + (Y - y) * (Y - y)) : null;
}
