namespace Research.Engine.World;

/// <summary>
/// Everything about how the world looks and how lively it is; never its layout. Changing the scene
/// mid-session keeps terrain, landmarks, the agent and the objects where they are.
/// </summary>
public sealed record SceneParameters
{
    /// <summary>The preset these parameters started from.</summary>
    public required string Preset { get; init; }

    /// <summary>Terrain and object colours.</summary>
    public required Palette Palette { get; init; }

    /// <summary>Lighting.</summary>
    public TimeOfDay TimeOfDay { get; init; } = TimeOfDay.Day;

    /// <summary>Weather particles.</summary>
    public Weather Weather { get; init; } = Weather.Clear;

    /// <summary>Weather strength in [0, 1].</summary>
    /// <remarks>Default 0.6.</remarks>
    public float WeatherIntensity { get; init; } = 0.6f;

    /// <summary>Fraction of the object pool that is active, in [0, 1].</summary>
    /// <remarks>Default 0.6.</remarks>
    public float ObjectDensity { get; init; } = 0.6f;

    /// <summary>Multiplier of object speed, in [0, 3].</summary>
    /// <remarks>Default 1.</remarks>
    public float ObjectSpeed { get; init; } = 1f;

    /// <summary>A short human-readable description, e.g. "snow, night, snow 0.6".</summary>
    public string Describe() =>
        $"{Preset}, {TimeOfDay.ToString().ToLowerInvariant()}, {Weather.ToString().ToLowerInvariant()}"
        + (Weather == Weather.Clear ? "" : $" {WeatherIntensity:0.##}")
        + $", density {ObjectDensity:0.##}, speed {ObjectSpeed:0.##}";
}
