namespace Research.Engine.World;

/// <summary>Weather particles drawn over the scene.</summary>
public enum Weather
{
    /// <summary>No particles.</summary>
    Clear,

    /// <summary>Falling streaks.</summary>
    Rain,

    /// <summary>Drifting flakes.</summary>
    Snow,

    /// <summary>A veil that fades distant colour towards grey.</summary>
    Fog,
}

/// <summary>Time of day, which sets the lighting.</summary>
public enum TimeOfDay
{
    /// <summary>Warm, slightly dim light.</summary>
    Dawn,

    /// <summary>Full daylight.</summary>
    Day,

    /// <summary>Orange, dimmer light.</summary>
    Dusk,

    /// <summary>Dark, with a lantern glow around the agent.</summary>
    Night,
}
