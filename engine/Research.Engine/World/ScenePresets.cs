namespace Research.Engine.World;

/// <summary>The named scene presets: each is a complete set of scene parameters.</summary>
public static class ScenePresets
{
    private static readonly Dictionary<string, SceneParameters> ByName = new()
    {
        ["meadow"] = Make("meadow", "#5e9e3c", "#4f8a32", "#b59a68", "#3a6fb0", "#7d7d78", "#e8d44a", TimeOfDay.Day, Weather.Clear),
        ["desert"] = Make("desert", "#d8bd7c", "#c9a865", "#a98a58", "#4a8fb8", "#9c6b43", "#3f86d8", TimeOfDay.Day, Weather.Clear),
        ["snow"] = Make("snow", "#e6ecf2", "#d2dce6", "#a9a39a", "#5b86a8", "#6f7780", "#d8452f", TimeOfDay.Day, Weather.Snow),
        ["shore"] = Make("shore", "#e3d39b", "#d4c184", "#b8a98a", "#2f7fc1", "#8a8274", "#f07f3c", TimeOfDay.Day, Weather.Clear),
        ["night-town"] = Make("night-town", "#5d5a55", "#6b6760", "#8c8272", "#2c4a6b", "#3e3c3a", "#f2c94c", TimeOfDay.Night, Weather.Clear),
        ["cave"] = Make("cave", "#5a4a3c", "#4d3f33", "#7a6a55", "#24455e", "#2e2924", "#6fd0c8", TimeOfDay.Dusk, Weather.Fog),
    };

    /// <summary>Preset names as written in scenarios and prompts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["meadow", "desert", "snow", "shore", "night-town", "cave"];

    /// <summary>The default preset.</summary>
    public static SceneParameters Default => ByName["meadow"];

    /// <summary>Whether <paramref name="name"/> names a preset (case-insensitive).</summary>
    public static bool IsKnown(string? name) => name is not null && ByName.ContainsKey(name.Trim().ToLowerInvariant());

    /// <summary>The preset's parameters.</summary>
    /// <exception cref="ArgumentException">No preset has that name; the message lists the names.</exception>
    public static SceneParameters Get(string name) =>
        ByName.TryGetValue(name.Trim().ToLowerInvariant(), out var scene)
            ? scene
            : throw new ArgumentException($"Unknown scene preset '{name}': expected one of {string.Join(", ", Names)}.", nameof(name));

    private static SceneParameters Make(
        string name, string ground, string groundAlt, string path, string water, string rock, string objects, TimeOfDay time, Weather weather) =>
        new()
        {
            Preset = name,
            Palette = new Palette
            {
                Ground = Rgb.Hex(ground),
                GroundAlt = Rgb.Hex(groundAlt),
                Path = Rgb.Hex(path),
                Water = Rgb.Hex(water),
                Rock = Rgb.Hex(rock),
                Objects = Rgb.Hex(objects),
            },
            TimeOfDay = time,
            Weather = weather,
        };
}
