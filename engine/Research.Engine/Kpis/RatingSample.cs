namespace Research.Engine.Kpis;

/// <summary>A user's rating of how consistent the world looked.</summary>
/// <param name="Frame">The frame on screen when the rating was given.</param>
/// <param name="Score">The score, from 1 (inconsistent) to 5 (consistent).</param>
/// <param name="TimeMs">When it was given, in milliseconds since the session started.</param>
public sealed record RatingSample(long Frame, int Score, double TimeMs);
