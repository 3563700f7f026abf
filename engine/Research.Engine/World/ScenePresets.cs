namespace Research.Engine.World;

/// <summary>The named scene presets: each is a complete set of scene parameters.</summary>
public static partial class ScenePresets
{
    /// <summary>Preset names as written in scenarios and prompts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["meadow", "desert", "snow", "shore", "night-town", "cave"];

    /// <summary>Whether <paramref name="name"/> names a preset (case-insensitive).</summary>
    public static bool IsKnown(string? name) => name is not null && Names.Contains(name.Trim().ToLowerInvariant());
}
